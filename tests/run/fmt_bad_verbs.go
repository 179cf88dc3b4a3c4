package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "x", 3.5)
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%t\n", 1)
	fmt.Printf("%f\n", "s")
	fmt.Printf("%x\n", 1.5, true)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%.2d|%c\n", 3.0, "x")
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d %s\n", []string{"a"}, []int{1})
	fmt.Printf("%!d\n", 1)
	s := fmt.Sprintf("%d%%%d", 1)
	fmt.Println(s)
}
