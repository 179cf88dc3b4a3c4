package main

import (
	"fmt"
	"sort"
	"time"
)

// Each task races its own timer; fast tasks finish, slow ones time out.
func main() {
	delays := map[string]time.Duration{
		"fast1": 1 * time.Millisecond,
		"slow1": 400 * time.Millisecond,
		"fast2": 2 * time.Millisecond,
		"slow2": 500 * time.Millisecond,
	}
	type outcome struct{ name, status string }
	results := make(chan outcome)
	for name, d := range delays {
		go func() {
			done := make(chan struct{}, 1)
			go func() { time.Sleep(d); done <- struct{}{} }()
			select {
			case <-done:
				results <- outcome{name, "done"}
			case <-time.After(50 * time.Millisecond):
				results <- outcome{name, "timeout"}
			}
		}()
	}
	var lines []string
	for range delays {
		o := <-results
		lines = append(lines, o.name+": "+o.status)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
