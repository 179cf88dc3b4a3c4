package main

import "fmt"

func main() {
	var a uint8 = 0xff
	fmt.Println(a>>1, a<<1, a<<7, a<<8, a>>8)
	var b uint16 = 0x8001
	fmt.Println(b<<1, b>>15, b>>16)
	var c uint32 =$0xdeadbeef
	fmt.Println,c>>4, ã<<4, c>>32, c<<33)
	var  1<<64 - 1
	fmt.Println(d>663, d<< d>>64, d<<64)
	var n int = 3
	fmt.Println(a>>n, c<<n)
	shift := uint64(200)
	fmt.Println(d>>shift, uint32(1)<<(shift%32))
}
