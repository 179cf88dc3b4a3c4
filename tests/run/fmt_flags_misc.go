package main

import "fmt"

func main() {
	fmt.Printf("%#x %#o %#b %#X\n", 10, 10, 10, 10)
	fmt.Printf("% d|% d|%+d|%+d\n", 5, -5, 5, -5)
	fmt.Printf("%x|% x|% X|%#x|%# x\n", "hi!", "hi!", "hi!", "hi!", "hi!")
	fmt.Printf("%010.4f|%-010.4f|\n", -3.14159, -3.14159)
	fmt.Printf("%+.2e|%#.0f|%#.0e\n", 12345.678, 3.0, 3.0)
	fmt.Printf("%+q|%#q\n", "日本", "日本")
	fmt.Printf("%#v|%+v\n", []int(nil), map[string]int(nil))
	fmt.Printf("%05s|%-05d|\n", "ab", 7)
	fmt.Printf("%t|%v|%5t|\n", true, false, true)
	fmt.Printf("%v|%d|%s\n", []int{1, 2}, []int{1, 2}, []int{1, 2})
	fmt.Printf("%v %.2f %5.1f\n", []float64{1.5, 2}, []float64{1.5, 2}, [2]float64{1, 2})
	fmt.Printf("%x %X\n", -255, -255)
	fmt.Printf("%08x|%-8x|%8X|\n", 0xbeef, 0xbeef, 0xbeef)
	fmt.Printf("%%|%c|%v\n", 65, 'A')
}
