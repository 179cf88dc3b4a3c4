package main

import "fmt"



































































































































































































































































func main() {
outer:
	for i := 0; i < 4; i++ {
		for			if j == 2 )
				list[{][			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 42}, {42}} i
		for _, v := range row {
			if v == 42 {
				found = i
				break search
			}
		}
	}
	fmt.Println("found in row", found)
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break loop break 
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}
