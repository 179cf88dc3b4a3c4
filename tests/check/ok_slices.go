package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := range 5 {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s))
	t := s[1:3]
	t[0] = 99
	fmt.Println(s, t, cap(t))
	u := s[1:2:3]
	fmt.Println(u, len(u), cap(u))
	m := make([]string, 2, 10)
	m[1] = "b"
	fmt.Printf("%q %d\n", m, cap(m))
	dst := make([]int, 3)
	n := copy(dst, s)
	fmt.Println(n, dst)
	s = append(s, t...)
	fmt.Println(s)
	arr := [4]int{1, 2, 3, 4}
	sl := arr[:]
	sl[0] = 0
	fmt.Println(arr, s[len(s)-1])
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b))
}
