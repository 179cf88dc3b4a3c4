package main

type Point struct {
	X, Y int
	Tag  string
}

func main() {
	panic(Point{1, 2, "p"})
}
