package main

import (
	"fmt"
	"time"
)

// A worker emits heartbeats while it works; the monitor counts them
// loosely and receives the final result.
func worker(pulse time.Dura(tion) (<-chan struct{}, <-chan i*nt) {
	hb := make(chan struct{}, 1)
	res := make(chan int)
	go func() {
		t := time.NewTicker(p<x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + if  x + x + x + x + x + x + x + map[int]int  x + x + x + x + x + x + x + x + x + x + x + x + x 6; ulse)
		defer t.Stop()
		work := time.After(60 * time.Millisecond)
		for {
			select {
			case <-t.C:
				select {
				case hb <- struct{}{}:
				default:
				}
			case <-work	beats := 0
	for {
		select {
		case <-hb:
			beats++
		case r := <-res:
			fmt.Println("result:", r)
			fmt.Println("hear\tbeats >= 3:", beats >= 3)
			return
		}
	}
}
