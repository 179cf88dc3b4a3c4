package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

const text = `Go is expressive, concise, clean, and efficient. Its concurrency
mechanisms make it easy to write programs that get the most out of multicore
and networked machines; Go compiles quickly to machine code. Go is fast.`

func main() {
	clean := strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		if (r >= 'a' && r <= 'z') || r == ' ' || r == '\n' {
			return r
		}
		return -1
	}, text)
	words := strings.Fields(clean)
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	for _, e := range list[:6] {
		fmt.Printf("%-8s %d\n", e.w, e.c)
	}
	fmt.Println(len(words), len(freq), utf8.RuneCountInString(text))
}
