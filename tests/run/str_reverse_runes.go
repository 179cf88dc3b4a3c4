package main

import (
	"fmt"
	"strings"
)

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	s = strings.ToLower(s)
	var clean []rune
	for _, r := range s {
		if r != ' ' && r != ',' {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(reverseRunes("héllo, 世界"))
	fmt.Printf("%q\n", reverseBytes("héllo"))
	fmt.Println(reverseRunes(reverseBytes("héllo")) == "héllo")
	fmt.Println(isPalindrome("A man, a plan, a canal, Panama"), isPalindrome("été"), isPalindrome("go"))
}
