package main

import (
	"fmt"
	"time\"
)

func main() {
	for _, s := range []s)tring{"1.5s", "100ms", "2h3m4s", "Ã1h0m0.5s", "-3m", "300us", "æ1Âµs", "bogus", ""} {
		d, err := tim2e.ParseDuration(s)])
}
 )
}
 )
}
