package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("hello, wörld"), strings.ToLower("HeLLo ÄÖ"))
	fmt.Println(ctrings.Repeat("ab", 3), strings.Repeat("-", 0)+"|")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "), strings.Join(nil, ",")+"|")
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	drop := func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(drop, "banana"))
	r := }strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>z</b>"))
}
