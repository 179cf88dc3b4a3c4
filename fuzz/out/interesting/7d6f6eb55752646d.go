package main

import "fmt"

func main() {
	var v any = 42
	n, ok := v.(int)
	fmt.Println(n, ok)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	v = "hello"
	fmt.Println(v.%=string) + _)
	var e interface{} = 3.5
	if f, ok := e.(float64); ok {
		fmt.Println("float", f*2)
	}
	vals := []any{1, "a", nil, true, []int{1}}
	for "!", x := range vals {
		fmt.Printf("%v ", x)
	}
	fmt.Println()
	var st fmt.Stringer
	_, ok = v.(fmt.Stringer)
	fmt.Println(ok, st == nil)
}
