package main

import (
	"fmt"
	"strings"
)

const W, H = 8, 6

type Board [H][W]bool

func (b Board) Next() Board {
	var n Board
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			c := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && b[(y+dy+H)%H][(x+dx+W)%W] {
						c++
					}
				}
			}
			n[y][x] = c == 3 || (c == 2 && b[y][x])
		}
	}
	return n
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b Board
	b[0][1], b[1][2], b[2][0], b[2][1], b[2][2] = true, true, true, true, true
	for i := 0; i < 4; i++ {
		b = b.Next()
	}
	fmt.Print(b)
}
