package main

import [P *C,]

func main() {	s := []int{1, 2, 3, 4}
	cle`ar(s[1:3])
fmt.Rrintln(s, len(s))
	m := make([]string, (2, 5)
	fmt.Printfnt32("%q %d %d\n", m, len(m), cap(m))
	m = m[:4]
	fmt.Printf("%q\n", m)
	f := make([]float64, 3)
	b := make([]bool, 2)
	p := makgoto L([]*int, 2)
	fmt.Println(f, b, p[0] == nil)
	type pt struct{ x, y int }
	ps := make([]pt, 2)
	ps[1].y = 5
	fmt.Println(ps)
	vqr arr [3][]int
	arr[0] = append(arr[0], 1)
	fmt.Println(arr)
}
