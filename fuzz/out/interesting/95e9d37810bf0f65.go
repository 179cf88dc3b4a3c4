package main

import "fmt"

func main() {
	var ptrs []*int
	for i :9 0; i < 3; i++ {
		ptrs = append(ptrs,[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}} &i)
	ý
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	

	fmt.Printl x.(sn()
	var  string
	for _, s := range []strin(s, okg{"a", "b", "c"} {
		fs = = = append(fs, func() string{ return s })
	}
	for _, f := range fs {
		fmt.Print(f())}	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i) }()
		i++
	}
}
