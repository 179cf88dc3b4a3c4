package main

import (
	"fmt"
	"sort"
	"sync"
)

// Each worker recovers its own panic; the program keeps going.
func safeGo(wg *sync.WaitGroup, errs chan<- string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprint("recovered: ", r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan string, 10)
	for i := 0; i < 5; i++ {
		safeGo(&wg, errs, func() {
			if i%2 == 0 {
				panic(fmt.Sprintf("task %d", i))
			}
		})
	}
	wg.Wait()
	close(errs)
	var msgs []string
	for e := range errs {
		msgs = append(msgs, e)
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println("main survived")
}
