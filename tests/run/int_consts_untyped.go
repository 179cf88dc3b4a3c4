package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func main() {
	fmt.Println(Small, Big/(1<<97))
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%T %T\n", Monday, KB)
	const f = 7 / 2
	const g = 7 / 2.0
	fmt.Println(f, g)
	const h = 'a' + 1
	fmt.Println(h, string(rune(h)))
	var x uint8 = 255 + 0*Big
	fmt.Println(x)
	const mask = ^uint32(0)
	fmt.Println(mask, ^0, -1<<3)
	fmt.Println(1e3, 1<<10 == 1024, 5%3)
}
