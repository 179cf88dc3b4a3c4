package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func main() {
	for _, n := range []int{-1, 0, 3, 4} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		fallthrough
	case 6:
		fmt.Println("fell through")
	default:
		fmt.Println("big")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched concat")
	}
	var f float64 = 2
	switch f {
	case 2:
		fmt.Println("untyped const case converted")
	}
}
