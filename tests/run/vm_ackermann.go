package main

import "fmt"

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func ack64(m, n uint64) uint64 {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack64(m-1, 1)
	default:
		return ack64(m-1, ack64(m, n-1))
	}
}

func main() {
	for m := 0; m <= 3; m++ {
		for n := 0; n <= 4; n++ {
			fmt.Println("ack", m, n, ack(m, n), ack64(uint64(m), uint64(n)))
		}
	}
	fmt.Println(ack(2, 100), ack(3, 6), ack(4, 0))
}
