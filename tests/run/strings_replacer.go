package main

import (
	"fmt"
	"os"
	"strings"
)

func show(r *strings.Replacer, s string) {
	fmt.Printf("%q -> %q\n", s, r.Replace(s))
}

func main() {
	show(strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;"), "<a href=\"x&y\">")
	show(strings.NewReplacer("a", "1", "aa", "2"), "aaaa")
	show(strings.NewReplacer("aa", "2", "a", "1"), "aaaaa")
	show(strings.NewReplacer("a", "b", "b", "a"), "abba")
	show(strings.NewReplacer("a", "x", "a", "y"), "banana")
	show(strings.NewReplacer("a", "xy", "a", "z", "n", ""), "banana")
	show(strings.NewReplacer("", "X"), "héllo")
	show(strings.NewReplacer("", "X"), "")
	show(strings.NewReplacer("", "X", "l", "L"), "hello")
	show(strings.NewReplacer("l", "L", "", "X"), "hello")
	show(strings.NewReplacer("ll", "", "", "-"), "hello")
	show(strings.NewReplacer("hello", "bye"), "hello hello hellohello")
	show(strings.NewReplacer("hello", "bye"), "nothing here")
	show(strings.NewReplacer(), "unchanged")
	show(strings.NewReplacer("abc", "1", "ab", "2", "b", "3"), "abcabxbc")
	show(strings.NewReplacer("b", "3", "ab", "2", "abc", "1"), "abcabxbc")
	show(strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue"), "Mädchen öl über")
	show(strings.NewReplacer("\xff", "?"), "a\xffb\xc3")
	show(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1"), "aaaaaaa")
	show(strings.NewReplacer("a", "A", "e", "E", "i", "I"), "the rain in spain")
	show(strings.NewReplacer("x", "", "y", ""), "xyzzyx")
	show(strings.NewReplacer("", ""), "abc")
	show(strings.NewReplacer("", "", "a", "b"), "banana")
	r := strings.NewReplacer("cat", "dog", "dog", "cat")
	n, err := r.WriteString(os.Stdout, "cat and dog\n")
	fmt.Println(n, err)
	n, err = strings.NewReplacer("", "_").WriteString(os.Stdout, "ab\n")
	fmt.Println(n, err)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	strings.NewReplacer("a", "b", "c")
}
