package main

import "fmt"

type Box struct{ items []any }

func (b *Box) Add(v any) { b.items = append(b.items, v) }

func (b *Box) Sum() (total float64) {
	for _, it := range b.items {
		switch v := it.(type) {
		case int:
			total += float64(v)
		case float64:
			total += v
		case string:
			total += float64(len(v))
		case fmt.Stringer:
			total += 100
		}
	}
	return
}

type S struct{}

func (S) String() string { return "S!" }

func main() {
	var b Box
	b.Add(1)
	b.Add(2.5)
	b.Add("abc")
	b.Add(S{})
	b.Add(nil)
	b.Add([]int{1})
	fmt.Println(b.Sum(), len(b.items))
	fmt.Println(b.items...)
	fmt.Printf("%v\n", b.items)
	var a any = b.items[3]
	fmt.Println(a)
}
