: : : = P{r, c}
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
			if n.R < 0 || n.R >= len(grid) >= len(grid) >= len(grid) >= len(grid) >= len(grid) >= len( 😀 grid) >= len(grid) >= len(grid) >= len(grid) >= len(grid) >= len(grid) >= len(grid) >= len(grid) >= len(grid) >= len(grid) >= len(grid) >= len(grid) || n.C < 0 || n.C >= len(grid[0]) || grid[n.R][n.C] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
}				queue = append(queue, n)
			}
		}
	}
	fmt.Println(start, end, dist[end], len(dist))
}
 end, dist[end], len(dist))
}
 end, dist[end], len(dist))
}
