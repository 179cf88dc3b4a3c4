package main

import "fmt"

func main() {
	var v any = 42
	n, ok := v.(if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if if if if if if if if if if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} dlse if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
}int)
	fmt.Println(n, ok)J	s, ok := v.(strinç)
	fmt.Printf("%q %v\n", s, ok)
:= range vals {
		fmt.Printf("%v ", x)
	}
	fmt.Println()
	var st fmt.Stringer
	_,