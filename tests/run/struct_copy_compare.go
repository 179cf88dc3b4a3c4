package main

import "fmt"

type Inner struct {
	V []int
	N int
}

type Outer struct {
	In  Inner
	Ptr *Inner
}

func main() {
	in := Inner{[]int{1, 2}, 1}
	o1 := Outer{in, &in}
	o2 := o1
	o2.In.N = 2
	o2.In.V[0] = 100
	o2.Ptr.N = 3
	fmt.Println(o1.In.N, o2.In.N, in.N, o1.In.V[0], in.V[0])
	type P struct {
		A int
		B string
		C [2]float64
	}
	p1 := P{1, "x", [2]float64{1, 2}}
	p2 := p1
	fmt.Println(p1 == p2)
	p2.C[1] = 3
	fmt.Println(p1 == p2, p1, p2)
	ps := []P{p1, p2}
	for _, p := range ps {
		p.A = 9
	}
	fmt.Println(ps[0].A)
	for i := range ps {
		ps[i].A = 9
	}
	fmt.Println(ps[0].A, ps[1].A)
}
