// Stress: runtime.GOMAXPROCS is changed at run time (4, 1, 2, 3, 1, 2)
// while CPU-bound goroutines spin and channel-bound goroutines run a
// pipeline and a ping-pong. Lowering it parks threads whose queued
// goroutines must be taken over; raising it starts threads. A background
// goroutine flips it again and again while work is running. Only results
// that do not depend on the schedule are printed.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

func spin(seed, n int) uint32 {
	h := uint32(seed)
	for i := 0; i < n; i++ {
		h = h*16777619 ^ uint32(i)
	}
	return h
}

// phase runs CPU-bound workers and a channel pipeline plus ping-pong
// together and returns their results.
func phase(tag int) (cpu []uint32, pipe int, pings int) {
	var wg sync.WaitGroup
	cpu = make([]uint32, 6)
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			cpu[w] = spin(tag*10+w, 150000)
		}(w)
	}

	// Pipeline: source -> 4 stages -> sink.
	src := make(chan int)
	in := src
	for s := 0; s < 4; s++ {
		out := make(chan int, s) // buffered 0..3
		go func(s int, in <-chan int, out chan<- int) {
			for v := range in {
				out <- v*2 + s
			}
			close(out)
		}(s, in, out)
		in = out
	}
	go func() {
		for i := 0; i < 400; i++ {
			src <- i + tag
		}
		close(src)
	}()
	sumc := make(chan int)
	go func(in <-chan int) {
		s := 0
		for v := range in {
			s += v
		}
		sumc <- s
	}(in)

	// Ping-pong over unbuffered channels.
	ping, pong := make(chan int), make(chan int)
	done := make(chan int)
	go func() {
		n := 0
		for v := range ping {
			n++
			pong <- v + 1
		}
		close(pong)
		done <- n
	}()
	go func() {
		v := 0
		for i := 0; i < 300; i++ {
			ping <- v
			v = <-pong
		}
		close(ping)
		for range pong {
		}
	}()

	pipe = <-sumc
	pings = <-done
	wg.Wait()
	return cpu, pipe, pings
}

func main() {
	prev := runtime.GOMAXPROCS(4)
	fmt.Println("initial GOMAXPROCS positive:", prev > 0)
	fmt.Println("query after set 4:", runtime.GOMAXPROCS(0))

	settings := []int{4, 1, 2, 3, 1, 2}
	var allCPU []uint32
	pipeTotal, pingTotal := 0, 0
	for i, n := range settings {
		old := runtime.GOMAXPROCS(n)
		if i > 0 && old != settings[i-1] {
			fmt.Println("phase", i, "GOMAXPROCS returned", old, "want", settings[i-1])
		}
		cpu, pipe, pings := phase(i)
		allCPU = append(allCPU, cpu...)
		pipeTotal += pipe
		pingTotal += pings
		fmt.Printf("phase %d (procs %d): pipe %d pings %d\n", i, runtime.GOMAXPROCS(0), pipe, pings)
	}

	// Changes while work is in flight: a flipper goroutine keeps changing
	// GOMAXPROCS while CPU-bound and channel-bound goroutines run.
	var stop atomic.Bool
	flips := make(chan int)
	go func() {
		vals := []int{1, 3, 2, 4, 1, 2}
		n := 0
		for !stop.Load() {
			runtime.GOMAXPROCS(vals[n%len(vals)])
			n++
			spin(n, 20000)
			runtime.Gosched()
		}
		flips <- n
	}()
	results := make(chan uint32, 16)
	var wg sync.WaitGroup
	for w := 0; w < 12; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			results <- spin(1000+w, 120000)
		}(w)
	}
	cpu2, pipe2, pings2 := phase(100)
	wg.Wait()
	close(results)
	stop.Store(true)
	nflips := <-flips
	var got []uint32
	for r := range results {
		got = append(got, r)
	}
	sort.Slice(got, func(i, j int) bool { return got[i] < got[j] })
	var want []uint32
	for w := 0; w < 12; w++ {
		want = append(want, spin(1000+w, 120000))
	}
	sort.Slice(want, func(i, j int) bool { return want[i] < want[j] })
	same := len(got) == len(want)
	for i := range got {
		if got[i] != want[i] {
			same = false
		}
	}
	fmt.Println("flipper ran:", nflips > 0)
	fmt.Println("spinners under flips:", len(got), "correct:", same)
	fmt.Println("phase under flips: pipe", pipe2, "pings", pings2)
	okCPU := true
	for w := range cpu2 {
		if cpu2[w] != spin(1000+w, 150000) {
			okCPU = false
		}
	}
	fmt.Println("cpu under flips correct:", okCPU)

	ok := true
	for i := range settings {
		for w := 0; w < 6; w++ {
			if allCPU[i*6+w] != spin(i*10+w, 150000) {
				ok = false
			}
		}
	}
	fmt.Println("cpu results correct:", ok)
	fmt.Println("pipe total:", pipeTotal, "ping total:", pingTotal)

	runtime.GOMAXPROCS(2)
	fmt.Println("final GOMAXPROCS:", runtime.GOMAXPROCS(0))
}
