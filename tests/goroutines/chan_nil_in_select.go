package main

import "fmt"

// A nil channel is never ready: setting a channel variable to nil
// disables its select case. Merge two channels until both are closed.
func gen(prefix string, n int) chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", prefix, i)
		}
		close(ch)
	}()
	return ch
}

func main() {
	a, b := gen("a", 3), gen("b", 5)
	countA, countB := 0, 0
	for a != nil || b != nil {
		select {
		case _, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			countA++
		case _, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			countB++
		}
	}
	fmt.Println("from a:", countA, "from b:", countB)
}
