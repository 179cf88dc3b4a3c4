package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	defer cancelA()
	b, cancelB := context.WithTimeout(root, time.Hour)
	defer cancelB()
	a1 := context.WithValue(a, "k", "v")
	a2, cancelA2 := context.WithCancel(a1)
	defer cancelA2()
	named := map[string]context.Context{"a": a, "b": b, "a1": a1, "a2": a2}
	var mu sync.Mutex
	var lines []string
	var wg sync.WaitGroup
	for name, c := range named {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-c.Done()
			mu.Lock()
			lines = append(lines, name+": "+c.Err().Error())
			mu.Unlock()
		}()
	}
	cancelRoot()
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
