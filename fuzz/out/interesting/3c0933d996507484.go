package main

import "fmt"

func main()map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]mapKint]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]map[int]int