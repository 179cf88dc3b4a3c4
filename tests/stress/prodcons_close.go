// Stress: producers and consumers over channels that are closed while
// consumers are blocked on them: range loops, comma-ok receives, receives
// from closed channels in select, and a done channel closed to broadcast.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var errOdd = errors.New("odd batch")

type result struct {
	consumer int
	count    int
	sum      int
}

func main() {
	const producers = 50
	const items = 200
	jobs := make(chan int, 32)

	// Producers; the last one to finish closes jobs.
	var pwg sync.WaitGroup
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func(id int) {
			defer pwg.Done()
			for i := 0; i < items; i++ {
				jobs <- id*items + i
			}
		}(p)
	}
	go func() {
		pwg.Wait()
		close(jobs)
	}()

	// Consumers: half use range, half use comma-ok receives.
	results := make(chan result)
	const consumers = 16
	for c := 0; c < consumers; c++ {
		go func(id int) {
			r := result{consumer: id}
			if id%2 == 0 {
				for v := range jobs {
					r.count++
					r.sum += v
				}
			} else {
				for {
					v, ok := <-jobs
					if !ok {
						break
					}
					r.count++
					r.sum += v
				}
			}
			// A closed channel keeps answering: zero value, not ok.
			v, ok := <-jobs
			if v != 0 || ok {
				r.count = -1
			}
			results <- r
		}(c)
	}
	all := make([]result, 0, consumers)
	for i := 0; i < consumers; i++ {
		all = append(all, <-results)
	}
	count, sum := 0, 0
	for _, r := range all {
		if r.count < 0 {
			fmt.Println("consumer", r.consumer, "saw a value after close")
		}
		count += r.count
		sum += r.sum
	}
	n := producers * items
	fmt.Println("consumed:", count, "sum:", sum, "want:", n*(n-1)/2)

	// Broadcast by close: 1000 goroutines wait on done, each reports
	// through a buffered channel once woken.
	done := make(chan struct{})
	woke := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		go func(i int) {
			<-done
			woke <- i
		}(i)
	}
	close(done)
	ids := make([]int, 0, 1000)
	for i := 0; i < 1000; i++ {
		ids = append(ids, <-woke)
	}
	sort.Ints(ids)
	fmt.Println("woken:", len(ids), ids[0], ids[999])

	// Rounds of batches whose channel is closed mid-stream; a select over
	// the batch and an error channel; errors flow back as values.
	errs := make(chan error, 100)
	var wg sync.WaitGroup
	totals := make([]int, 100)
	for b := 0; b < 100; b++ {
		wg.Add(1)
		batch := make(chan int)
		go func(b int, ch chan int) {
			for i := 0; i <= b; i++ {
				ch <- i
			}
			close(ch)
		}(b, batch)
		go func(b int, ch chan int) {
			defer wg.Done()
			for {
				select {
				case v, ok := <-ch:
					if !ok {
						if b%2 == 1 {
							errs <- fmt.Errorf("batch %d: %w", b, errOdd)
						}
						return
					}
					totals[b] += v
				}
			}
		}(b, batch)
	}
	wg.Wait()
	close(errs)
	nerr := 0
	for err := range errs {
		if errors.Is(err, errOdd) {
			nerr++
		}
	}
	grand := 0
	for b, t := range totals {
		if t != b*(b+1)/2 {
			fmt.Println("batch", b, "total", t)
		}
		grand += t
	}
	fmt.Println("batches: 100, odd errors:", nerr, "grand total:", grand)

	// Sending on a closed channel panics; recover in the sender.
	c := make(chan int, 1)
	close(c)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c <- 1
	}()
}
