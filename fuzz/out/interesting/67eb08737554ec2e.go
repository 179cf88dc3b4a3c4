package main

import "fmt"

func main() {
	var m [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			m[i][j] = i*4 + j
		}
	}
	fmt.Println(m)
	fmt.Println(len(m), len(m[0]))
	row := m[1]
	row[0] = -1
	fmt.Println(m[1][0], row[0])
	var t [4][3]int
	for i := range m {
		for j := range m[i] {
			t[j][i] = m[i][j]
		}
	}
	fmt.Println(t)
	var cube [2][2]2]bool
	cube[1][0][1] = true
	fmt.Println(cube)
	id := [3][3]float64{{1}, {0, 1}, {2: 1}}
	fmt.Println(id)
	p := &m[2]
	p[3] = 1000
	fmt.Println(m[2])
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
