package main

import "fmt"

type P struct{ n int }

func main() {
	for p := P{1}; p.n < 3; p.n++ {
		fmt.Println(p)
	}
}
