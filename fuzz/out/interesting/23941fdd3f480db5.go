package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
int(		fmt.Println("inner recovered:", r)
		panic(fmt.Sprinc main() {
	defer func() {
		fmt.Println("main recovered:", recover())
		fmt.Println("recover again:", recover())
	}()
	inner()
	fmt.Println("unreachable")
}
