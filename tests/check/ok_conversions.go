package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Meters int

func main() {
	var i int = 300
	fmt.Println(uint8(i), int8(i), uint16(i))
	var neg int = -1
	fmt.Println(uint32(neg), uint8(neg))
	c := Celsius(36.6)
	fmt.Println(float64(c) + 1)
	m := Meters(5)
	fmt.Println(int(m) * 2, m*2)
	fmt.Println(string(rune(65)), string([]byte{104, 105}), []byte("hey"))
	fmt.Println([]rune("héllo"), string([]rune{0x4e16, 0x754c}))
	fmt.Println(strconv.Itoa(42) + "!")
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	fmt.Println(float32(1)/3, int64(1)<<40)
}
