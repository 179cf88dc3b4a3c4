package main

type T struct {
	t T
}

func main() {
	var t T
	_ = t
}
