package main

import (
	"fmt"
	"sync"
)

// A bounded blocking queue built from a Mutex and two Conds.
type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func newQueue(c int) *queue {
	q := &queue{cap: c}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := newQueue(2)
	go func() {
		for i := 1; i <= 20; i++ {
			q.put(i)
		}
	}()
	sum := 0
	var order []int
	for i := 0; i < 20; i++ {
		v := q.get()
		sum += v
		order = append(order, v)
	}
	fmt.Println("sum:", sum)
	fmt.Println("FIFO order:", order)
}
