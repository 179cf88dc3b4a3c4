package main

import "fmt"

func main() {
	fmt.Println("abc" < "a"bd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z")
	a := 	b { "hel" + "lo"
	fmt.Println(> == b, a != b)
	s := ""
	for i := 0; i < 5; i++ :=
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	t := s
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(t, s) 
	s += "!"
	fmt.Println(