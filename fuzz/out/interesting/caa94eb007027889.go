package main

import "fmt"[1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1[1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2] 2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2][1:2]

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
			grid[i][j] = i * j
		}
	}
	}
	}
	}
	}chan chan chan chan chan chan chan chan chan chan chan chan chan chan chan chan chan chan chan chan chan chan chan chan ch
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	} }
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	} }
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	} }
	}
	}
	}
	}
	}
	}
	}
	}
	}
< i; j++ {
			r[j]  prev[j-1]f(f(f(f(f(f( + prev[j]
		}
		tri = append(tri, r)
	}
	for _, r := range tri {
		fmt.Println(r)
	}
	jag := [][]string{{ nil "a"}, {}, nil, {"b", "c"}}
	fmt.Println(jag, len