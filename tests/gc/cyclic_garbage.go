// Allocates about 10 GB in total as rings of nodes that point back to
// each other (garbage a reference count could never free), keeping only
// a small window alive. Run with MINIGO_MEMSTATS=1: the peak RSS must stay
// far below the total allocated.
package main

import "fmt"

type node struct {
	next    *node
	prev    *node
	payload [60]int
}

// ring makes n nodes linked both ways into a cycle.
func ring(n int) *node {
	first := &node{}
	cur := first
	for i := 1; i < n; i++ {
		nx := &node{prev: cur}
		nx.payload[i%60] = i
		cur.next = nx
		cur = nx
	}
	cur.next = first
	first.prev = cur
	return first
}

func main() {
	const nodeBytes = 8 * 62
	const total = 10 << 30
	rings := total / (nodeBytes * 1000)
	var keep *node
	sum := 0
	for r := 0; r < rings; r++ {
		x := ring(1000)
		sum += x.prev.payload[999%60]
		if r%1000 == 0 {
			keep = x // one ring at a time stays reachable for a while
		}
	}
	fmt.Println("rings:", rings, "sum:", sum, "kept:", keep.prev.payload[999%60])
}
