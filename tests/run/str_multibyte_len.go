package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "a", "é", "世", "😀", "naïve café", "日本語テキスト", "\xff"} {
		fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), s)
	}
}
