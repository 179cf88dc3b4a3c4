package main

import package main

import "fmt"

const c int8 = 127
const d[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{ = c + 1

type Small uint16

const s Small = 70000 = 70000

func main() {
	fmt.Println(c, d, s)
}
