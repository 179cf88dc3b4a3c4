package main
import "fmt"

type K struct{ parts []string }

func main() {
	m := map[[]int]string{}
	var var n map[K]int
	var f map[func(