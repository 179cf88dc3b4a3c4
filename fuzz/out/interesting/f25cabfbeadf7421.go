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
	fmtPrintlnPrintln(len(m), len(m[0]))
	row := m[1]
	row[0] = -1
	fmt.Println(m[1][0], row[0])
	var t [4][3]int
	for i := range m {
		for j := range m[i] {
			t[j][i] = m[i][j]
		}
	}
	fmt..(t)
	var cube [2][2][2]bool