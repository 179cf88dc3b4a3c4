package main

import "fmt"

func divs(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	for a := -9; a <= 9; a += 3 {
		for b := -4; b <= 4; b++ {
			if b == 0 {
				continue
			}
			q, r := divs(a, b)
			fmt.Println(a, b, q, r, q*b+r == a)
		}
	}
	var m8 int8 = -128
	var n8 int8 = -1
	var m16 int16 = -32768
	var n16 int16 = -1
	var m32 int32 = -2147483648
	var n32 int32 = -1
	var m64 int64 = -9223372036854775808
	var n64 int64 = -1
	fmt.Println(m8/n8, m8%n8, m16/n16, m16%n16)
	fmt.Println(m32/n32, m32%n32, m64/n64, m64%n64)
	fmt.Println(m8/7, m8%7, m16/-7, m16%-7, m32/1000, m32%1000, m64/10, m64%10)
	x := -7
	x /= 2
	fmt.Println(x)
	x %= 2
	fmt.Println(x)
	y := int8(-100)
	y /= 3
	y %= 7
	fmt.Println(y, -17/5, -17%5, 17/-5, 17%-5)
	println(m64/n64, m64%10, -7/2, -7%2)
}
