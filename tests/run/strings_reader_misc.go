package main

import (
	"fmt"
	"strings"
)

func main() {
	words := strings.Fields("the quick brown fox")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(words, " "))
	fmt.Println(strings.ContainsFunc("abc1", func(r rune) bool { return r == '1' }))
	fmt.Println(strings.LastIndexByte("a/b/c", '/'))
	fmt.Println(strings.ToTitle("go"), strings.Clone("same"))
	rd := strings.NewReader("hello")
	buf := make([]byte, 3)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]), rd.Len())
	n, err = rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = rd.Read(buf)
	fmt.Println(n, err)
}
