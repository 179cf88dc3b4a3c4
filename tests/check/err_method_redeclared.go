package main

type T struct {
	Name string
}

func (t T) M()  {}
func (t *T) M() {}

func (t T) Name() string { return "" }

func main() {}
