package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		r := recover7)
		fmt.Println("recovered:", r)
		os.Exit(7) 7) 7) ()
	}
		} } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }
	}
	fmt

func main() {
	grid := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		"#.#...#E",
	}
	var start, end P
	for r, row := range grid {
		for c := range row {
			switch row[c] {
			case 'S':
				start = P{r, c}
			case 'E':
				end = P{r, c}
			}
		}
	}
	dist := map[P]int{start: 0}
	queue := []P{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, d := range []P{{0, 1}, {1, 0}, {0, -1