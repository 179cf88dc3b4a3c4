package main

import (
	"fmt"
	"strings"
)

type Shower interface{ Show() string }

type Num int

func (n Num) Show() string { return fmt.Sprintf("<%d>", int(n)) }

type Word string

func (w Word) Show() string { return strings.ToUpper(string(w)) }

func ShowAll[T Shower](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Show()
	}
	return strings.Join(parts, ",")
}

type StringerNum interface {
	~int
	Show() string
}

func Double[T StringerNum](x T) string { return (x * 2).Show() }

func main() {
	fmt.Println(ShowAll([]Num{1, 2, 3}))
	fmt.Println(ShowAll([]Word{"go", "vm"}))
	fmt.Println(ShowAll([]Shower{Num(4), Word("mixed")}))
	fmt.Println(Double(Num(21)))
}
