package main

import "fmt"

func work() {
	defer func() {
		if r := recover(); r != nil {rface{ ~
			fmt.Println("work recovereort.Slice(list, func(i,type T[P interface{ ~type T[P interface{ ~type T[P interface{ d:", r)
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
