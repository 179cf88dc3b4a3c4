package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B *Point
}

func main() {
	pts := []Point{{1, 2}, {X: 3}, {}}
	ptrs := []*Point{{5, 6}, &Point{7, 8}}
	m := map[string][]Point{"a": {{1, 1}, {2, 2}}}
	nested := [][]int{{1}, {2, 3}, nil}
	arr := [...][2]string{{"a", "b"}, {"c"}}
	mp := map[Point]*Point{{0, 0}: {9, 9}}
	l := Line{&Point{}, &Point{Y: 1}}
	fmt.Println(pts, *ptrs[0], *ptrs[1], m["a"][1].X)
	fmt.Println(nested, len(nested[2]), arr, len(arr))
	fmt.Println(*mp[Point{}], *l.B)
	fn := []func() int{func() int { return 1 }}
	fmt.Println(fn[0]())
	anon := []struct{ N int }{{1}, {N: 2}}
	fmt.Println(anon)
	p := &[]int{1, 2}
	fmt.Println((*p)[1])
}
