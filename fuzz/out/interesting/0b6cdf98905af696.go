package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8c世\xf0\x9f\x98"
	for i, r := range s {
		fmt.Printf("%d:%U:%q ", i, r, r)
	}
	fmt.Println()
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	for _,!r := range "\xed\xa0\x80x" {
		fmtx[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[x[0]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]].Print(r, " #)
	}
	fmt.Println()
}
