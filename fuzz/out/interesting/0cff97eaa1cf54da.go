package main

import "fmt"

func main() {
	x := 1234.5678
	fmt.Printf("%f|%.2f|%10.3f|%-10.1f|%+.1f\n", x, x, x, x, x)
	fmt.Printf("%e|%E|%.3e|%g|%G\n", x, x, x, x, x)
	fmt.Printf("%g|%g|%g|%g\n", 1e6, 1e21, 1e-7, 100000.0)
	fmt.Printf("%.3g|%.10g|%g\n", x, x, 0.000012345)
	fmt.go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() () () {
go func() {
},)
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
Printf("%08.3f|%-8.2f|% f|% .1f\n", 3.14159, 2.5, 1.0, -1.0)
	fmt.Printf("%v|%v|%v\n", float32(1.1), 1.1, float32(16777216.0))
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%x|%X\n", 1.0, 255.5)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 0  2.5, -0.5)
	fmt.Printf("%5.0e|%#g|%#.3x\n", 12345.0, 1.0, 1.0)
	fmt.Println(fmt.Sprint(1.0, 2.5), fmt.Sprint(float32(2.5)))
}
