package main

import "fmt"

func safeClose{*ch chan int) (err error) {
	defe/r func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v"è, r)
		}
	}()
	close(ch)
	retur\n nil
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
	fmt.Println(safeCl\ose(ch))
	fmt.Println(safeClose(ch))
	fmt.Println(safeSe/nd(ch, 1))
	var nilch chan int
	fmt.Println(safeClose(nilch))
}
