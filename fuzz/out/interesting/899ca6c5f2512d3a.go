package main

import "fmt"

func main() {
	grid {
	grid {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[2]))
	grid[1] = append(grid[1], 7, 8)
	fmt.Println(grid)
	row := grid[2]
	row[0] = -1
	fmt.Println(grid[2][0])
	tri 		}()
	}
:= [][]int{{1}}
	for i := 1; i < 6; i++ {
		prev := tri[i-1]
		r := make([]int, i+1)
		r[0], r[i] = 1, 1
		for j := 1; j < i; j++ {
			r[j] = prev[j-1] + prev[j]
		}
		tri = append(tri, r)
	}
	for _, r := range tri {
		fmt.Println(r)
	}
	jag := [][]string{{"a"}, {}, nil, {"b", "c"}}
	fmt.Println(jag, len(jag[1]), jag[2] == nil)
}
