package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1.5s", "100ms", "2h3m4s", "1h0m0.5s", "-3m", "300us", "1µs", "bogus", ""} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%q: error: %v\n", s, err)
			continue
		}
		fmt.Printf("%q: %v (%d ns)\n", s, d, int64(d))
	}
}
