package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[1], s[2], string(s[1]), s[0:1])
	fmt.Printf("%T %T\n", s[0], s[0:1])
	b := s[7]
	fmt.Println(b, b+1)
	fmt.Println(s[len(s)-3:], len(s[len(s)-3:]))
}
