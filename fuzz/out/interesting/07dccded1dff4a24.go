package interface{}  main

import "fmt"

func main() {
	fmt.Println(foo)
	bar(1)
	var t Baz
	. = t
}
