package main

import "fmt"

func main() {
	s := "Hello, World"
	upper := 0
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			upper++
			c += 'a' - 'A'
		} else if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	fmt.Println(upper, string(b))
	var h uint32
	for i := 0; i < len(s); i++ {
		h = h*31 + uint32(s[i])
	}
	fmt.Println(h)
	counts := [256]int{}
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	fmt.Println(counts['l'], counts['o'], counts[' '])
	x := s[0] + s[1]
	fmt.Println(x, s[0] > s[1])
}
