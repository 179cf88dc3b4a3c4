package main

import "fmt"

// Sends to a buffered channel do not block until it is full; the
// first send that finds it full is observed with select/default.
func main() {
	ch := make(chan int, 5)
	sent := 0
	for {
		select {
		case ch <- sent:
			sent++
			continue
		default:
		}
		break
	}
	fmt.Println("sent before full:", sent, "len:", len(ch))
	<-ch
	select {
	case ch <- 99:
		fmt.Println("room for one more")
	default:
		fmt.Println("still full")
	}
}
