package main

import "fmt"

func safeClose(ch chan int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	close(ch)
	return nil
}

func safeSend(ch chan int, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	ch <- v
	return nil
}

func main() {
	ch := make(chan int, 1)
	fmt.Println(safeClose(ch))
	fmt.Println(safeClose(ch))
	fmt.Println(safeSend(ch, 1))
	var nilch chan int
	fmt.Println(safeClose(nilch))
}
