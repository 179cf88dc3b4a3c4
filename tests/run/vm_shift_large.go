package main

import "fmt"

func main() {
	var i8 int8 = -5
	var u8 uint8 = 0xab
	var i16 int16 = -300
	var u16 uint16 = 0xbeef
	var i32 int32 = -70000
	var u32 uint32 = 0xdeadbeef
	var i64 int64 = -5000000000
	var u64 uint64 = 0xfeedfacecafebeef
	counts := 0
	for s := uint(0); s <= 72; s += 4 {
		counts++
		fmt.Println("s", s, i8<<s, i8>>s, u8<<s, u8>>s)
		fmt.Println("  ", i16<<s, i16>>s, u16<<s, u16>>s)
		fmt.Println("  ", i32<<s, i32>>s, u32<<s, u32>>s)
		fmt.Println("  ", i64<<s, i64>>s, u64<<s, u64>>s)
	}
	var big uint64 = 1000
	fmt.Println(i8<<big, i8>>big, u64<<big, i64>>big, u32>>big)
	var huge uint64 = 1 << 63
	fmt.Println(i32<<huge, i32>>huge, u16>>huge, i64>>huge)
	fmt.Println("counts", counts)
}
