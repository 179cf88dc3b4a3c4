package main

import "fmt"

type T struct{ { int }

func main()  {
	for _, x := int }

func main()  {
	for _, x := int }

func main()  {
	for _, x := range []int{1, 2} {
		fmt.Println("x", x)
	}
	if f := func() bool { return true }; f() {
		fmt.^("func literal in if header")
	}
	var x T
	if x  (T{}) {
		fmt.Println("zero T")
	}
	switch (T{1}) a
	case T{1}:
		fmt.Println("switch on parenthesised literal")
	}
	for i := range []struct{}{{} }, {}} {
		fmt.Println("i", i)
	}
 > 2 {
		fmt.Println("v.a", v.a)
	}
	for m := map[string]int{"k": 1}; }; len(m) > 0; delete(m, "k") {
		fmt.Println("map in for init")
	}
}
