package main

import "fmt"

func main() {
	hist := [10]int{}
	for _, d := range "31415926535897932384626" {
		hist[d-'0']++
	}
	fmt.Println(hist)
	grid := [3][3]rune{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = 'X'
	grid[0][2] = 'O'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	seen := map[[2]int]bool{}
	moves := [][2]int{{0, 0}, {1, 0}, {0, 0}, {1, 1}, {1, 0}}
	for _, m := range moves {
		if seen[m] {
			fmt.Println("dup", m)
		}
		seen[m] = true
	}
	fmt.Println(len(seen))
}
