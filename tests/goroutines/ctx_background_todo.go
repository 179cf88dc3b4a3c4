package main

import (
	"context"
	"fmt"
)

func main() {
	bg := context.Background()
	todo := context.TODO()
	fmt.Println(bg, todo)
	fmt.Println("Done is nil:", bg.Done() == nil, todo.Done() == nil)
	fmt.Println("Err:", bg.Err(), todo.Err())
	_, ok := bg.Deadline()
	fmt.Println("has deadline:", ok)
	fmt.Println("Value:", bg.Value("k"))
	fmt.Println("Cause:", context.Cause(bg))
}
