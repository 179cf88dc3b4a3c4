package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 1000000; i++ {
		sum += i * i % 7
	}
	fmt.Println(sum)
	var s32 int32
	for i := int32(0); i < 100000; i++ {
		s32 += i * i
	}
	fmt.Println(s32)
	var u16 uint16
	for i := 0; i < 1000; i++ {
		u16 = u16*31 + uint16(i)
	}
	fmt.Println(u16)
	collatz := 0
	for n := 27; n != 1; collatz++ {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	fmt.Println("collatz(27) steps:", collatz)
}
