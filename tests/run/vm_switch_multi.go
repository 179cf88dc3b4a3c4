package main

import "fmt"

func kind(n int) int {
	switch n % 10 {
	case 0, 2, 4:
		return 1
	default:
		return -1
	case 1, 3, 5, 7, 9:
		return 2
	case 6, -6, -4:
		return 3
	}
}

func name(d uint8) string {
	switch d {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	default:
		return "other"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
}

func main() {
	for n := -12; n <= 12; n += 3 {
		fmt.Println(n, n%10, kind(n))
	}
	var cs uint8 = 'a'
	for i := 0; i < 12; i++ {
		fmt.Println(cs, name(cs))
		cs += 7
		if cs > 'z' {
			cs = cs - 'z' + '0'
		}
	}
	x := 5
	switch y := x * 2; y {
	case 1, 10:
		fmt.Println("ten or one", y)
	case 5:
		fmt.Println("five")
	}
	switch x + 1 {
	default:
		fmt.Println("default first")
	case 7:
		fmt.Println("seven")
	}
}
