// A String method that blocks on channels while fmt calls it: the
// goroutine waits, others run, and printing goes on as in Go.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Remote struct {
	name string
	ask  chan string
	ans  chan string
}

func (r Remote) String() string {
	r.ask <- r.name
	return <-r.ans
}

type slowErr struct{ d time.Duration }

func (e slowErr) Error() string {
	time.Sleep(e.d)
	return fmt.Sprintf("slow after %v", e.d)
}

type locked struct {
	mu *sync.Mutex
	v  int
}

func (l locked) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return fmt.Sprint("v=", l.v)
}

func main() {
	ask, ans := make(chan string), make(chan string)
	go func() {
		for name := range ask {
			ans <- "remote " + name
		}
	}()
	r := Remote{"a", ask, ans}
	fmt.Println(r, Remote{"b", ask, ans})
	fmt.Printf("%v and %s\n", r, Remote{"c", ask, ans})
	s := fmt.Sprint([]Remote{{"x", ask, ans}, {"y", ask, ans}})
	fmt.Println(s)

	err := fmt.Errorf("wrapped: %w", slowErr{2 * time.Millisecond})
	fmt.Println(err, errors.Is(err, slowErr{2 * time.Millisecond}))

	var mu sync.Mutex
	mu.Lock()
	go func() {
		time.Sleep(time.Millisecond)
		mu.Unlock()
	}()
	fmt.Println(locked{&mu, 7})

	// A sort callback that blocks.
	xs := []int{5, 2, 9, 1}
	gate := make(chan bool)
	go func() {
		for range gate {
		}
	}()
	sort.Slice(xs, func(i, j int) bool {
		gate <- true
		return xs[i] < xs[j]
	})
	close(gate)
	fmt.Println(xs)

	// Printing from several goroutines whose Stringers block.
	var wg sync.WaitGroup
	out := make([]string, 4)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = fmt.Sprint(Remote{fmt.Sprint("g", i), ask, ans})
		}()
	}
	wg.Wait()
	close(ask)
	fmt.Println(out)
}
