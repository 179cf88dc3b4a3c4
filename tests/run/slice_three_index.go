package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:6]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr, s)
	s = append(s, 200)
	fmt.Println(arr, s)
	s = append(s, 300)
	fmt.Println(arr, s, len(s), cap(s))
	t := arr[:0:0]
	t = append(t, 42)
	fmt.Println(arr[0], t)
	u := arr[5:]
	fmt.Println(len(u), cap(u), u[:cap(u)])
	full := arr[1:3]
	fmt.Println(full[:5])
	x := []int{1, 2, 3, 4}
	y := x[1:2:3]
	fmt.Println(y, len(y), cap(y), y[:2])
}
