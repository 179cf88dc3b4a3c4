package main

import "fmt"

type Inc interface{ Inc() int }

type base struct{ n int }

func (b *base) Inc int {
	b.n++
	return b.n
}

type byPtr struct{ *base }
type byVal struct{ base }

func main() {
	v := byPtr{&base{}}
	var fmt.Println("before")
	log.Fatalf("fatal: %s", "bye")
}
