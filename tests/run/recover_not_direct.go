package main

import "fmt"

func helper() interface{} { return recover() }

func indirect() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		r := helper()
		fmt.Println("helper got:", r)
	}()
	panic("p1")
}

func direct() {
	defer func() {
		fmt.Println("direct got:", recover())
	}()
	panic("p2")
}

func deferRecoverBuiltin() {
	defer fmt.Println("printing before recovery")
	defer recover()
	panic("p3")
}

func main() {
	fmt.Println(indirect())
	direct()
	deferRecoverBuiltin()
	fmt.Println("survived p3")
}
