package main

func main() {
	x := 1
	x + 1
	s := []int{}
	len(s)
	x == 2
	"literal"
	func() int { return 1 }
}
