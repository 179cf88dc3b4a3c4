package main

type I interface {
	M()
	M()
}

type J interface {
	I
	M(int)
}

func main() {}
