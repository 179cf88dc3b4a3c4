package main

import "fmt"

func work() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("work recovered:", r)
		}
	}()
	panic("handled")
}

func main() {
	work()
	fmt.Println("continuing")
	var arr []string
	fmt.Println(arr[len("abc")])
}
