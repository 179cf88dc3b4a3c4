package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func (T) String() []byte { return nil }

func main() {
	var s Stringer = T{}
	fmt.Println(s)
}
