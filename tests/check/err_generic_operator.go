package main

import "fmt"

func Add[T any](a, b T) T {
	return a + b
}

func Less[T comparable](a, b T) bool {
	return a < b
}

func Eq[T any](a, b T) bool {
	return a == b
}

func main() {
	fmt.Println(Add(1, 2), Less(1, 2), Eq(1, 1))
}
