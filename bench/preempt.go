// preempt: preemption latency. With GOMAXPROCS=1, a goroutine spins in a
// loop without calls while main sleeps 1 ms a hundred times: how late main
// wakes is how long the spinner keeps the only P after main's timer fired
// (Go's sysmon asks a goroutine that ran 10 ms to yield; so does minigo's).
package main

import (
	"fmt"
	"sort"
	"time"
)

func main() {
	go func() {
		n := 0
		for {
			n++
		}
	}()
	time.Sleep(time.Millisecond) // let the spinner start
	var lat []float64
	for i := 0; i < 100; i++ {
		t := time.Now()
		time.Sleep(time.Millisecond)
		lat = append(lat, float64(time.Since(t)-time.Millisecond)/1e6)
	}
	sort.Float64s(lat)
	fmt.Printf("median %.1f ms, p99 %.1f ms, max %.1f ms\n", lat[50], lat[98], lat[99])
}
