// Stress: a deliberately racy program. Goroutines increment a plain int,
// append to one shared slice, and overwrite a shared string, slice header
// and struct without locks; yields between reads and writes make updates
// get lost. The VM must not crash; only facts that hold under any
// interleaving are printed.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type pair struct {
	a, b int
	s    string
}

var (
	counter int
	shared  []int
	text    string
	p       pair
	words   = []string{"", "a", "hello, world", "a much longer string than the others"}
)

func main() {
	const goroutines = 500
	const rounds = 100
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				counter++
				if i%10 == 0 {
					v := counter
					runtime.Gosched()
					counter = v + 1
				}
				shared = append(shared, id)
				if i%16 == 0 {
					shared = shared[:len(shared)/2]
				}
				text = words[(id+i)%len(words)]
				p = pair{id, i, text}
				q := p
				_ = len(q.s) + q.a + q.b
				if len(text) > 100 {
					panic("impossible length")
				}
			}
		}(g)
	}
	// Readers that race with the writers.
	stop := make(chan bool)
	var rwg sync.WaitGroup
	for r := 0; r < 4; r++ {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			n := 0
			for {
				select {
				case <-stop:
					return
				default:
				}
				s := shared
				if len(s) > 0 {
					n += s[len(s)-1]
				}
				n += len(text) + counter
				if n%1000 == 0 {
					time.Sleep(time.Microsecond)
				}
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	close(stop)
	rwg.Wait()
	// CPU-bound racers: each reads the shared counter, counts in a long
	// loop, and writes back; preemption at any back edge loses updates.
	var cwg sync.WaitGroup
	busy := 0
	for g := 0; g < 8; g++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for r := 0; r < 10; r++ {
				v := busy
				for k := 0; k < 300000; k++ {
					v++
					if k%1000 == 0 {
						shared = append(shared, k)
					}
				}
				busy = v
			}
		}()
	}
	cwg.Wait()
	fmt.Println("busy counter in range:", busy >= 300000 && busy <= 8*10*300000)
	fmt.Println("counter in range:", counter >= 1 && counter <= goroutines*(rounds+10))
	fmt.Println("slice length in range:", len(shared) <= goroutines*rounds+8*10*300)
	fmt.Println("done")
}
