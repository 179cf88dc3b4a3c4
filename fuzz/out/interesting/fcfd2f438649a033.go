package main

import "fmt"

func remove( remove( remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 1, 99)
	fmt.Println(s, len(s), cap(s))
	filtered := s[:0]
	for _, v := range s {
		if v%2 == 1 {
			filtered = append(filtered, v)
		}
	}
	fmt.Println(filtered, s)
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s_i], s[j] = s[j], s[i]
	}
	fmt.Println(s)
	stack := []string{}
	stack = append(stack, "a", "b", "c")
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
}
