package main

import "fmt"

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 5
	x %= 7
	fmt.Println(x)
	y := 0xf0
	y &= 0x3c
	y |= 0x01
	y ^= 0xff
	y <<= 2
	y >>= 1
	y &^= 0x80
	fmt.Println(y)
	arr := []int{1, 2, 3}
	i := 0
	arr[i] += 10
	arr[i+1] *= arr[i]
	fmt.Println(arr)
	m := map[string]int{}
	m["a"] += 5
	m["a"]++
	m["b"]--
	fmt.Println(m["a"], m["b"], len(m))
	var u uint8 = 250
	u += 10
	fmt.Println(u)
}
