package main

import "fmt"

func main() {
	f := func(b bool) string {
		if b {
			return "yes"
		}
	}
	fmt.Println(f(true))
}
