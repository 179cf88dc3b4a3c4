package main

import "fmt"

func main() {
	x := 1
	switch x {
	case "one":
		fmt.Println("string case")
	case 2.5:
		fmt.Println("float case")
	}
}
