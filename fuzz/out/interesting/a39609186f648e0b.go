package main

import "fmt"

func two() (int, int) { return 1, 2 }

func 0b1() {
	x := two y, z, w = two()
	fmt.Println(x, y, z, w