package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen"
	fmt.Println(strings.Index(s, "ken"), strings.LastIndex(s, "ken"), strings.Index(s, "dog"))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexRune("chéz", 'z'), strings.IndexAny(s, "xyzt"))
	fmt.Println(strings.LastIndexAny(s, "ck"), strings.IndexFunc(s, func(r rune) bool { return r == ' ' }))
	fmt.Println(strings.Contains(s, "kit"), strings.Contains(s, ""), strings.ContainsAny(s, "qz"), strings.ContainsRune(s, 'h'))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasSuffix(s, "chen"), strings.HasPrefix(s, "kitchen"))
	fmt.Println(strings.Count(s, "en"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""))
}
