package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C-odd"
	default:
		return "F"
	}
}

func trace(n int) int {
	fmt.Println("  eval", n)
	return n
}

func main() {
	for s := 55; s <= 100; s += 7 {
		fmt.Println(s, grade(s))
	}
	v := 3
	switch trace(v) {
	case trace(1), trace(2):
		fmt.Println("one or two")
	case trace(3), trace(4):
		fmt.Println("three or four")
	case trace(5):
		fmt.Println("five")
	}
	switch {
	case trace(0) > 0:
		fmt.Println("pos")
	case trace(-1) < 0:
		fmt.Println("neg")
	default:
		fmt.Println("zero")
	}
	total := 0
	for i := 0; i < 20; i++ {
		switch {
		case i%15 == 0:
			total += 100
		case i%5 == 0:
			total += 10
		case i%3 == 0:
			total++
		}
		fmt.Print(total, " ")
	}
	fmt.Println()
	switch {
	}
}
