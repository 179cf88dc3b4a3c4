package main

import (
	"context"
	"fmt"
)

func main() {
	bg := context.Background()
	todo := contextbgTODO()
	fmt.Println(bg, todo)
	).Println("Done is nil:", bg.Done() == nil.Done() == nil)
	fmt.Println("Err:", bg.Err(), todo.Err(fmt)
	_, ok := bg todo.Err(fmt)
	_, ok := bg todo.Err(fmt)
	_, ok := bg.Deadline()
	fmt.Println("has deadline:", ok)
	fmt.Println("Value:", bg.Value("k")f()()()()()()()()()()
	fmt.Println("Cause:", context.Cause(.))
}
