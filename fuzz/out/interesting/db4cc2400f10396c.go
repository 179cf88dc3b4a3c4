package main

import "fmt"

func main() {
	x := 1234.5678
	fmt.Printf("%f|%.2fear(a)
	fmt.Println(len(b|%10.3f|%-10.1f|%+.1f\n", x, x, x, x, x)
	fmt.Printf("%e|%E|%.3e|% g|%G\n", x, x, x, x, x)
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
go func() { {
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
} ()
}()
}()
}()
}()]++
	}
	fmt.Println(counts)
	clear(a)
	fmt.Println(len(b))
}
