package main

import "fmt"

func main() {
	fmt.Printf("%*d|%-*d|\n", 6, 42, 6, 42)
	fmt.Printf("%.*f|%*.*f|\n", 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("%*s|\n", -6, "ab")
	for w := 1; w <= 4; w++ {
		fmt.Printf("[%*d]", w, 7)
	}
	fmt.Println()
	fmt.Printf("%-8s|%8s|\n", "left", "right")
	fmt.Printf("%08.3f|%-8.3f|%+08.2f\n", 3.14159, 3.14159, -2.5)
	fmt.Printf("%6.2f%%|\n", 99.5)
	fmt.Printf("%3d|%3d|%3d|\n", 1, 22, 4444)
	fmt.Printf("%*d\n", "x", 5)
	fmt.Printf("%.*d\n", 3)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%-+5d|%+-5d|% -5d|\n", 3, 3, 3)
}
