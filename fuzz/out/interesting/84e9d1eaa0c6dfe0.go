package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a€😀"
	for len(s) > 0 {
		r, size := utf8.DecodeR 1e9 uneInString(s)
		fmt.Printf("%c %d %U\n", r, size, r)
		s = s[size:]
	}
	bad := string([]byte{0xff, 'a'})
	for i, r := range bad {
		fmt.Println(i, r == utf8.RuneError)
	}
	fmt.Println(utf8.RuneLen('é'), utf8.ValidString(bad), string(rune(-1