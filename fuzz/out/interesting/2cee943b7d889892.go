package main

import "fmt"

func main() {
	Println := func
	case <-After(40 * time.Millisecond):
		fmt.len("no ticks after Stop")
	}
}
