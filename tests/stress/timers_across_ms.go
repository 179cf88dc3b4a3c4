// Stress: timers fire while goroutines run on several threads. Waiters
// select on time.After, time.NewTimer (stopped, reset, drained) and
// tickers against data channels fed by CPU-bound producers; AfterFunc
// callbacks start goroutines; spinners keep every thread busy so the timer
// loop must run between them. Only schedule-independent facts are printed:
// counts of events that must happen, and invariants between counters.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func spin(seed, n int) uint32 {
	h := uint32(seed)
	for i := 0; i < n; i++ {
		h = h*16777619 ^ uint32(i)
	}
	return h
}

func main() {
	var wg sync.WaitGroup

	// CPU-bound spinners for the whole run.
	var stop atomic.Bool
	var spins atomic.Int64
	var swg sync.WaitGroup
	for s := 0; s < 3; s++ {
		swg.Add(1)
		go func(s int) {
			defer swg.Done()
			for !stop.Load() {
				spin(s, 5000)
				spins.Add(1)
			}
		}(s)
	}

	// 1. Waiters racing data against a timeout: every item is received
	//    exactly once, whichever case wins each round.
	const waiters = 40
	data := make(chan int)
	var received, timeouts atomic.Int64
	var recvSum atomic.Int64
	for w := 0; w < waiters; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				select {
				case v := <-data:
					received.Add(1)
					recvSum.Add(int64(v))
				case <-time.After(time.Duration(1+w%3) * time.Millisecond):
					timeouts.Add(1)
				}
			}
		}(w)
	}
	// A producer that is CPU-bound between sends; it stops sending once
	// every waiter is done (the waiters' rounds are bounded).
	prodDone := make(chan int)
	go func() {
		sent, sum := 0, 0
		for i := 1; ; i++ {
			spin(i, 3000)
			select {
			case data <- i:
				sent++
				sum += i
				continue
			case <-time.After(30 * time.Millisecond):
			}
			break
		}
		prodDone <- sent
		prodDone <- sum
	}()

	// 2. Timers stopped before they fire never deliver; reset timers
	//    deliver exactly once.
	var stoppedFired, resetFired atomic.Int64
	for t := 0; t < 30; t++ {
		wg.Add(1)
		go func(t int) {
			defer wg.Done()
			tm := time.NewTimer(time.Hour)
			if !tm.Stop() {
				panic("Stop of a pending timer returned false")
			}
			select {
			case <-tm.C:
				stoppedFired.Add(1)
			case <-time.After(2 * time.Millisecond):
			}
			tm.Reset(time.Duration(1+t%4) * time.Millisecond)
			<-tm.C
			resetFired.Add(1)
			// After it fired and was drained, Stop reports false.
			if tm.Stop() {
				panic("Stop of a fired timer returned true")
			}
		}(t)
	}

	// 3. Tickers: each goroutine takes exactly 5 ticks, then stops it.
	var ticks atomic.Int64
	for k := 0; k < 12; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			tk := time.NewTicker(time.Duration(1+k%3) * time.Millisecond)
			defer tk.Stop()
			n := 0
			for n < 5 {
				select {
				case <-tk.C:
					n++
					ticks.Add(1)
					spin(k, 2000)
				}
			}
		}(k)
	}

	// 4. AfterFunc callbacks run on new goroutines; each sends once.
	const afters = 25
	fired := make(chan int, afters)
	for a := 0; a < afters; a++ {
		time.AfterFunc(time.Duration(a%5)*time.Millisecond, func() {
			spin(a, 1000)
			fired <- a
		})
	}
	// One AfterFunc stopped in time never runs.
	never := time.AfterFunc(time.Hour, func() { panic("stopped AfterFunc ran") })

	// 5. Sleepers on every thread.
	var slept atomic.Int64
	for s := 0; s < 20; s++ {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			start := time.Now()
			time.Sleep(time.Duration(s%4) * time.Millisecond)
			if time.Since(start) >= time.Duration(s%4)*time.Millisecond {
				slept.Add(1)
			}
		}(s)
	}

	wg.Wait()
	sent := <-prodDone
	sum := <-prodDone
	fsum := 0
	for a := 0; a < afters; a++ {
		fsum += <-fired
	}
	stopped := never.Stop()
	stop.Store(true)
	swg.Wait()

	fmt.Println("waiter rounds:", received.Load()+timeouts.Load())
	fmt.Println("every sent item received once:", int64(sent) == received.Load() && int64(sum) == recvSum.Load())
	fmt.Println("stopped timers fired:", stoppedFired.Load(), "reset timers fired:", resetFired.Load())
	fmt.Println("ticks:", ticks.Load())
	fmt.Println("AfterFunc sum:", fsum, "stopped one:", stopped)
	fmt.Println("sleepers slept long enough:", slept.Load())
	fmt.Println("spinners ran:", spins.Load() > 0)
}
