package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	id      int
	balance int
}

// Lock in id order so concurrent opposite transfers cannot deadlock.
func transfer(from, to *account, amount int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from int) {
	a, b := from, to
	if b.id < a.id {
		a, b = b, a
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	accts := make([]*account, 4)
	for i := range accts {
		accts[i] = &account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	for i := 0; i < 400; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			transfer(accts[i%4], accts[(i*7+1)%4], i%13)
		}()
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("total preserved:", total)
}
