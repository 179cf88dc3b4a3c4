package main

import "fmt"

func grade(n int) int {
	s := 0
	switch {
	case n >= 90:
		s = s*10 + 1
		fallthrough
	case n >= 80:
		s = s*10 + 2
		fallthrough
	default:
		s = s*10 + 3
	case n < 0:
		s = -1
	}
	return s
}

func main() {
	fmt.Println(grade(95), grade(85), grade(50), grade(-1))
	found := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if j > i {
				continue outer
			}
			if i*j == 42 {
				found = i*100 + j
				break outer
			}
		}
	}
	fmt.Println("found", found)
	count := 0
loop:
	for i := range 20 {
		switch {
		case i%7 == 6:
			break loop
		case i%2 == 0:
			continue
		case i == 3:
			break
		}
		count += i
	}
	fmt.Println("count", count)
	x := 2
	switch x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
	case 4:
		fmt.Println("four")
	}
}
