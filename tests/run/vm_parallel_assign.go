package main

import "fmt"

func main() {
	a, b := 0, 1
	for i := 0; i < 95; i++ {
		a, b = b, a+b
		if i%10 == 0 || i > 88 {
			fmt.Println("fib", i, a, b)
		}
	}
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	x, y, z = y+z, z+x, x+y
	fmt.Println(x, y, z)
	var p, q uint8 = 200, 100
	p, q = p+q, p-q
	fmt.Println(p, q)
	i, j := 0, 10
	for i < j {
		i, j = i+1, j-1
		fmt.Print(i, j, " ")
	}
	fmt.Println()
	var f, g float32 = 1.5, 2.5
	f, g = g*f, g/f
	fmt.Println(f, g)
	m, n := 48, 18
	for n != 0 {
		m, n = n, m%n
	}
	fmt.Println("gcd", m)
	s, t := true, false
	s, t = t, s
	fmt.Println(s, t, s || t, s && t)
	c, d := 5, 0
	c, d = c*2, c*3
	fmt.Println(c, d)
}
