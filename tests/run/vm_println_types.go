package main

func main() {
	var i8 int8 = -128
	var i16 int16 = -32768
	var i32 int32 = -2147483648
	var i64 int64 = -9223372036854775808
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var i int = 42
	var u uint = 7
	var up uintptr = 0xdead
	var f32 float32 = 1.5
	var f64 float64 = -2.25
	var b bool = true
	var r rune = 'x'
	var by byte = 'y'
	println(i8, i16, i32, i64)
	println(u8, u16, u32, u64)
	println(i, u, up, r, by)
	println(f32, f64, b, !b)
	println("str", "", "two words")
	println()
	println(0.0, 1.0, -1.0, 100.0, 1e100, 1e-100, 3.14159)
	var big float64 = 123456789012
	var small float32 = 0.000123
	println(big, small, big*big, -small)
	print(i8, i16, u64, "\n")
	print(b, f64, "|", "\n")
	print()
	print("x", 1, 2, "y", 3.5, false, "\n")
	println(1, "a", 2, "b")
	println(i8 < 0, u64 > 0, f32 == 1.5)
}
