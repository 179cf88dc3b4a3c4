package main

import (
	"fmt"
	"strings"
)

func main() {
	var p *int
	var s []int
	var m map[string]int
	var f func()
	var i interface{}
	var e error
	fmt.Println(p, s, m, i, e, f == nil)
	fmt.Printf("%v %v %v %v %v\n", p, s, m, i, e)
	fmt.Printf("%+v %#v %#v %#v\n", i, s, m, e)
	fmt.Printf("%d %s %q\n", s, s, s)
	fmt.Printf("%s|%v|%d\n", i, nil, i)
	fmt.Println(fmt.Sprint(nil), fmt.Sprint(nil, nil), fmt.Sprint("a", nil))
	var sb *strings.Builder
	fmt.Println(sb == nil)
	fmt.Printf("%T %T %T\n", p, s, i)
}
