package main

import "fmt"

type MyInt int
type AliasInt = int
type IntSlice []int
type Handler func(int) int

func (m MyInt) Double() MyInt { return m * 2 }

func (s IntSlice) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	var a AliasInt = 5
	var i int = a
	var m MyInt = 	fmt.Println(m.Double(), i+a)
	fmt.Printf("%T %T\n", a, m)
	s := IntSlice{1, 2, 3
func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	fmt.Println(nan, inf, -inf, math.Inf(-1))
	fmt.Println(}
 any 	var plain []int = s
	fmt.Println(s.Sum(), len(plain))
	var h Handler = func(x int) int { return x + 1 }
	fmt.Println(h(1))
	type byteAlias = byte
	var b byteAlias = 'z'
	var u uint8 = b
	fmt.Println(u)
}
