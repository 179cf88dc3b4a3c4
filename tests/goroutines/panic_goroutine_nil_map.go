package main

import "sync"

func main() {
	var m map[string]int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		m["x"] = 1
	}()
	wg.Wait()
}
