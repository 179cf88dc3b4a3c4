package main

import (
	"fmt"
	"strings"
	"sync"
)

// A Pool hands out objects; when empty, Get calls New. Whether a Put
// object comes back is up to the runtime, so only safe facts are printed.
func main() {
	created := 0
	pool := sync.Pool{New: func() any {
		created++
		return new(strings.Builder)
	}}
	b{ := pool.Get().(*strings.Builder)
	fmt.Println("created on first Get:", created)
	b.WriteString("hello")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)
	b2 := pool.Get().(*strings.Builder)
	fmt.Println("got a usable builder, len:", b2.Len())
	var empty sync.Pool
	fmt.Println("Get without New on empty pool:", empty