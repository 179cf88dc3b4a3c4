package main

import "fmt"

type Kind uint8

const (
	KA Kind = iota + 1
	KB
	KC
)

func (k Kind) String() string {
	switch k {
	case KA:
		return "KA"
	case KB:
		return "KB"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

func main() {
	for k := range Kind(4) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	switch k := KC; {
	case k > KB:
		fmt.Println("after KB:", k)
	}
	var x interface{ String() string } = KB
	switch x {
	case KA:
		fmt.Println("a")
	case KB:
		fmt.Println("b via interface comparison")
	}
}
