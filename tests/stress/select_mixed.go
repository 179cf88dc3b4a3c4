// Stress: select statements that mix send and receive cases, time.After
// timeouts and default cases, run by many goroutines at once. Every value
// is accounted for; random choices show only as aggregate facts.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

const workers = 200
const perWorker = 50

func main() {
	in := make(chan int, 64)
	out := make(chan int)
	var wg sync.WaitGroup

	// Relays: each select either takes a value from in or forwards its
	// pending value to out, whichever is ready; a pending value can be
	// waiting while new ones arrive, so both kinds of case are live.
	relays := 20
	var rwg sync.WaitGroup
	stop := make(chan struct{})
	for r := 0; r < relays; r++ {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			var pending []int
			for {
				if len(pending) == 0 {
					select {
					case v := <-in:
						pending = append(pending, v)
					case <-stop:
						return
					}
					continue
				}
				select {
				case v := <-in:
					pending = append(pending, v)
				case out <- pending[0]:
					pending = pending[1:]
				}
			}
		}()
	}

	// Producers: each value is sent with a select that has a send case and
	// a default; on default the producer yields with a short timer and
	// retries, so values are never dropped.
	defaults := 0
	var dmu sync.Mutex
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for k := 0; k < perWorker; k++ {
				v := id*perWorker + k
				for {
					select {
					case in <- v:
					default:
						dmu.Lock()
						defaults++
						dmu.Unlock()
						select {
						case in <- v:
						case <-time.After(time.Millisecond):
							continue
						}
					}
					break
				}
			}
		}(w)
	}

	// Collector: receives until every value has arrived; a time.After case
	// that should never fire guards against a lost value.
	total := workers * perWorker
	got := make([]int, 0, total)
	timeouts := 0
	for len(got) < total {
		select {
		case v := <-out:
			got = append(got, v)
		case <-time.After(5 * time.Second):
			timeouts++
			fmt.Println("timeout with", len(got), "values")
			return
		}
	}
	wg.Wait()
	close(stop)
	rwg.Wait()

	sort.Ints(got)
	ok := true
	for i, v := range got {
		if v != i {
			ok = false
			break
		}
	}
	fmt.Println("values:", len(got), "in order after sort:", ok)
	fmt.Println("timeouts:", timeouts)
	_ = defaults

	// A select whose only ready case is a timeout.
	never := make(chan int)
	start := time.Now()
	select {
	case <-never:
		fmt.Println("impossible")
	case never <- 1:
		fmt.Println("impossible")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out after at least 20ms:", time.Since(start) >= 20*time.Millisecond)
	}

	// Default with nothing ready, many times.
	hits := 0
	for i := 0; i < 1000; i++ {
		select {
		case <-never:
		case never <- i:
		default:
			hits++
		}
	}
	fmt.Println("defaults taken:", hits)

	// Both a send and a receive case ready: each must be chosen sometimes.
	a := make(chan int, 1)
	b := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 2000; i++ {
		a <- i
		select {
		case <-a:
			recvs++
		case b <- i:
			sends++
			<-b
			<-a
		}
	}
	fmt.Println("send and receive both chosen:", sends > 0 && recvs > 0, sends+recvs)
}
