package main

import "fmt"

type Meters float64

func main() {
	var i int = 7
	var f float64 = float64(i) / 2
	var m Meters = Meters(f)
	fmt.Println(i, f, m, int(m))
	var b byte = 'A'
	var r rune = rune(b) + 2
	fmt.Println(b, r, string(r), string(rune(b)))
	var u16 uint16 = 0xffff
	fmt.Println(int16(u16), float32(u16), uint8(u16>>4))
	c := complex(1, 2)
	fmt.Println(c, real(c), imag(c), c*c)
	var big float64 = 3e9
	fmt.Println(uint32(big), int64(big))
	fmt.Printf("%T %T %T\n", 1<<3, 2.0*3, 'x')
}
