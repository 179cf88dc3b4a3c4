package main

import (
	"fmt"
	"sort"
	"sync"
)

type broker struct {
	mu   sync.Mutex
	subs []chan string
}

func (b *broker) subscribe() <-chan string {
	ch := make(chan string, 10)
	b.mu.Lock()
	b.subs = append(b.subs, ch)
	b.mu.Unlock()
	return ch
}

func (b *broker) publish(msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, s := range b.subs {
		s <- msg
	}
}

func (b *broker) close() {
	for _, s := range b.subs {
		close(s)
	}
}

func main() {
	var b broker
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for i := 0; i < 3; i++ {
		ch := b.subscribe()
		wg.Add(1)
		go func() {
			defer wg.Done()
			var got []string
			for m := range ch {
				got = append(got, m)
			}
			mu.Lock()
			lines = append(lines, fmt.Sprint("sub", i, " ", got))
			mu.Unlock()
		}()
	}
	for _, m := range []string{"news", "sport", "weather"} {
		b.publish(m)
	}
	b.close()
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
