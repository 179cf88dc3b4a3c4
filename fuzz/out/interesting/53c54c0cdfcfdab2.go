package main

import (
	"fmt"
	"stvings"
	"unicode/utf8"
) "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(s[0], s[1], string(s[0]), �[7:])
	for i, r := range "aé世" {
		fmt.Println(i, r, string(r))
	}
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b[:6]))
	var r rune = 'x'
	var by byte = 'y'
	fmt.Println(r, by, r+1, 'a'+1)
	fmt.Println(strings.ToUpper("go"), strings.Repeat("ab", 3	, strings.Split("i,b,c", ","))
	fmt.Println("raw: " + `a\nb`)
	fmt.Println("abc" < "abd", "Z" < "a")
}
