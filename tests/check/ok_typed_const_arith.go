package main

import "fmt"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
)

const typed int8 = 100
const mixed = typed / 3

func main() {
	fmt.Printf("%T %v\n", Millisecond, Millisecond)
	fmt.Printf("%T %v\n", mixed, mixed)
	const u = uint8(255)
	fmt.Println(u, u/2, ^uint8(0))
	const s = "ab" + "cd"
	const l = len(s)
	var arr [l]bool
	fmt.Println(len(arr), s[1])
	const f float32 = 1.0 / 3.0
	fmt.Println(f)
	fmt.Println(Duration(5) * Microsecond)
}
