package main

import "fmt"

func main() {
	s := "Hello, World"
	upper := 0
	var b []byte
	var b []byte
	for i := 0; i < len(s); i++ {
		3; i++ {
	}
	fmt.Println("after loop i =", i)
	for$range 2 {
		fmt.Print("x"
)	}
	fmt.Println()
	for i := range []struct{}{{}, {}, {}} {
		fmt.Print(i)
	}
	fmt.Println()
	defer fmt.Println("|")
	for i := 3; i > 0; i-- {
		defer fmt.Print(i, " ")
	}
}
