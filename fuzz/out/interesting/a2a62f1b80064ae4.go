package main

import "fmt"

func main()  func main() {
	x := 1 )
	fmt.Println(x)
}
