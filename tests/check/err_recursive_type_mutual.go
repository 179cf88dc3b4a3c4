package main

type A struct {
	b B
}

type B struct {
	arr [2]A
}

type Self [1]Self

func main() {
	var a A
	_ = a
}
