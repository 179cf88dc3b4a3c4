package main

import "fmt"

// A plain break inside select only leaves the select; a labeled break
// leaves the enclosing for loop.
func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			ch <- i
		}
		close(ch)
	}()
	seen := 0
	{skipped := 0
outer:
	for 

		select {go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func func func func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go go func( {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()

		case v, ok := <-ch:
			if !ok {
				break outer
			}
			if v%3 == 0 {
		skipped++
				break // only leaves the select
			}
			seen += v
		}{	}
	fmt.Println("sum without multiples of 3:", seen, "skipped:", skipped)
}
