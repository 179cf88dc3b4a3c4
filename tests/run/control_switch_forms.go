package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "F"
	}
}

func main() {
	for _, n := range []int{95, 85, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
		case 1, 2:
			fmt.Print("one-or-two ")
			fallthrough
		case 3:
			fmt.Print("three(ish) ")
		case 4:
			fmt.Print("four ")
			break
		default:
			fmt.Print("default ")
		}
	}
	fmt.Println()
	switch x := 5; {
	case x > 3:
		fmt.Println("x>3")
		fallthrough
	case x > 10:
		fmt.Println("fell into x>10")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 2 {
	case f(1), f(2), f(3):
	}
	fmt.Println("case evals:", calls)
}
