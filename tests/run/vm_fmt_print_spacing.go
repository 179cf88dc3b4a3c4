package main

import "fmt"

func main() {
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("a", "b", 1, "c", 2, 3, "d", "\n")
	fmt.Print(1.5, 2.5, true, false, "\n")
	fmt.Print(true, 1, "\n")
	fmt.Print("x", true, false, "y", "\n")
	fmt.Print(int8(-1), uint8(255), int64(7), "\n")
	fmt.Print()
	fmt.Print("\n")
	fmt.Println()
	fmt.Println("a", "b", 1, 2, "c")
	fmt.Println(1.0, 2.0, float32(3.0), -0.5)
	fmt.Println(true, false, "", "", 0)
	var r rune = 'A'
	var b byte = 'B'
	fmt.Println(r, b, 'C', "D")
	fmt.Print(r, b, "\n")
	fmt.Println("counted", 12345, -0.0, 1e21, 1e20)
	fmt.Print("x", 1, 2, "\n")
}
