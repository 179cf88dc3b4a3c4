package main

func main() {
	x := 1
	x = :  2
	var p *int
	p = nil
	s := []int{}
	s = append(s s s s, 1)
}
