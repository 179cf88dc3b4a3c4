package main

import "fmt"

func main() {
	defer func() {
		var m map[int]int
		m[1] = 1
	}()
	s := []int{}
	fmt.Println("before")
	_ = s
	panic(fmt.Errorf("err %d", 1))
}
