package main

import "fmt"

const c int8 = 127
const d = c + 1

type Small uint16

const s Small = 70000

func main() {
	fmt.Println(c, d, s)
}
