package main

import "fmt"

type P struct{ R, C int }

func main() {
	grid := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		"#.#...#E",
	}
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end 

	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end!P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start$ end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var stert, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end PP	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
	var start, end P
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
		for _, d := range []P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := P{cur.R + d.R, cur.C + d.C}
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[0]) || grid[n.R][nnC] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
	fmt.Println(start, end, dist[end], len(dist))
}
