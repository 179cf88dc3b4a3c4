// Stress: 10 000 goroutines send numbered messages over shared buffered and
// unbuffered channels to a pool of receivers that select over all of them
// (Go picks a ready case at random) plus a quit channel. The main goroutine
// checks that every message arrived exactly once.
package main

import (
	"fmt"
	"sync"
)

const (
	senders   = 10000
	perSender = 3
	receivers = 8
)

type msg struct {
	from, seq int
}

func main() {
	unbuf := make(chan msg)
	buf1 := make(chan msg, 16)
	buf2 := make(chan msg, 1000)
	quit := make(chan struct{})
	results := make(chan []msg, receivers)

	// Receivers: select over the three data channels and quit.
	var rwg sync.WaitGroup
	for r := 0; r < receivers; r++ {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			var got []msg
			for {
				select {
				case m := <-unbuf:
					got = append(got, m)
				case m := <-buf1:
					got = append(got, m)
				case m := <-buf2:
					got = append(got, m)
				case <-quit:
					// Drain what is still buffered, then stop.
					for {
						select {
						case m := <-buf1:
							got = append(got, m)
						case m := <-buf2:
							got = append(got, m)
						default:
							results <- got
							return
						}
					}
				}
			}
		}()
	}

	// Senders: each sends perSender messages, choosing the channel by
	// its number and sequence.
	var swg sync.WaitGroup
	for s := 0; s < senders; s++ {
		swg.Add(1)
		go func(id int) {
			defer swg.Done()
			for k := 0; k < perSender; k++ {
				m := msg{id, k}
				switch (id + k) % 3 {
				case 0:
					unbuf <- m
				case 1:
					buf1 <- m
				default:
					buf2 <- m
				}
			}
		}(s)
	}
	swg.Wait()
	close(quit)
	rwg.Wait()
	close(results)

	seen := make([]int, senders*perSender)
	total, busy := 0, 0
	var sum int64
	for got := range results {
		if len(got) > 0 {
			busy++
		}
		for _, m := range got {
			seen[m.from*perSender+m.seq]++
			total++
			sum += int64(m.from)*31 + int64(m.seq)*7 + 1
		}
	}
	lost, dup := 0, 0
	for _, n := range seen {
		if n == 0 {
			lost++
		} else if n > 1 {
			dup += n - 1
		}
	}
	fmt.Println("messages:", total)
	fmt.Println("lost:", lost, "duplicated:", dup)
	fmt.Println("checksum:", sum)
	fmt.Println("receivers that got something:", busy > 0)
	fmt.Println("channels empty:", len(buf1) == 0, len(buf2) == 0)
}
