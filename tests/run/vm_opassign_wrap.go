package main

import "fmt"

func main() {
	var a int8 = 100
	a += 100
	fmt.Println("a+=", a)
	a -= 100
	fmt.Println("a-=", a)
	a *= 3
	fmt.Println("a*=", a)
	a /= -2
	fmt.Println("a/=", a)
	a %= 7
	a <<= 5
	fmt.Println("a<<=", a)
	a >>= 2
	fmt.Println("a>>=", a)
	a |= 0x41
	a &= 0x5f
	a ^= -1
	a &^= 0x0f
	fmt.Println("bits", a)
	var u uint16 = 1
	for i := 0; i < 20; i++ {
		u <<= 1
		u += 3
	}
	fmt.Println("u", u)
	var w uint32 = 0
	w--
	w--
	fmt.Println("w", w)
	w++
	w++
	w++
	fmt.Println("w", w)
	var s uint = 3
	var z int64 = 1
	z <<= s
	z <<= s * 20
	fmt.Println("z", z)
	z >>= s * 30
	fmt.Println("z", z)
	var g float32 = 1
	g /= 3
	g += 1e8
	fmt.Println("g", g)
	cnt := 0
	for i := 0; i < 300; i++ {
		var c uint8 = uint8(i)
		c *= c
		if c == 0 {
			cnt++
		}
	}
	fmt.Println("cnt", cnt)
}
