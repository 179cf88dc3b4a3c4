package main

import "fmt"

type Shower interface{ Show() string }

func ShowAll[T Shower](xs []T) {
	for _, x := range xs {
		fmt.Println(x.Show())
	}
}

type P struct{}

func (p *P) Show() string { return "p" }

func main() {
	ShowAll([]P{{}})
	ShowAll([]int{1})
}
