package main

import "fmt"

func main() {
	count := 0
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			if (a+b)%2 == 1 {
				continue
			}
			for c := b; c < 30; c++ {
				if c*c > a*a+b*b {
					break
				}
				if a*a+b*b == c*c {
					fmt.Println("triple", a, b, c)
					count++
				}
			}
		}
	}
	grid := 0
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			if i > 2 {
				if i == 4 {
					grid += 100
				} else {
					grid += 1000
				}
			} else if i == 0 {
				grid += 1
			} else {
				grid += 10
			}
		} else {
			for j := range i {
				if j == 3 {
					break
				}
				grid += j
			}
		}
		fmt.Println("grid", i, grid)
	}
	k := 0
	for {
		k++
		if k%3 != 0 {
			continue
		}
		if k > 20 {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println("count", count)
}
