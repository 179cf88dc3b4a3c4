package main

import "fmt"

func main() {
	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z")
	a := "hello"
	b := "hel" + "lo"
	fmt.Println(a == b, a != b)
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	t := s
	s += "!"
	fmt.Println(t, s)
	x := "\xff"
	fmt.Println(x < "\xfe", x > "\u00ff", len("\u00ff"))
	words := []string{"b", "a", "c"}
	out := ""
	for _, w := range words {
		out = w + out
	}
	fmt.Println(out)
}
