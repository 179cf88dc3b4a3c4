package main

import "fmt"

func main() {
	n, neg := 42, -7
	var u8 uint8 = 200
	var big uint64 = 18446744073709551615
	fmt.Printf("%d %v %5d|%-5d|%05d %+d % d\n", n, n, n, n, n, n, n)
	fmt.Printf("%d %x %X %o %O %b %#x %#o %08.3d\n", neg, n, 255, 8, 8, 5, 255, 8, neg)
	fmt.Printf("%d %d %x %c %q %U %#U\n", u8, big, big, 65, 'é', 0x1F600, 'x')
	f := 3.14159265
	fmt.Printf("%f %.2f %8.3f|%-8.3f|%08.3f %e %E %.3e\n", f, f, f, f, -f, f, f, 123456.789)
	fmt.Printf("%g %G %.3g %.10g %v %g %g %g\n", f, 1e21, f, f, 0.1+0.2, 1e-7, 100000.0, 1234567.0)
	var f32 float32 = 0.1
	fmt.Printf("%v %g %.2f %6.1f|\n", f32, f32, f32, f32)
	zero := 0.0
	fmt.Printf("%v %v %v %5.1f| %+v\n", 1/zero, -1/zero, zero/zero, 1/zero, 2.5)
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%s|%10s|%-10s|%.3s|%q|%x|%X\n", "hi", "right", "left", "truncate", "q\"t", "hex", "hex")
	fmt.Printf("100%% done, %d%%\n", n)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%z %!\n", 3, 4)
	fmt.Printf("no newline")
	fmt.Printf("\n")
}
