package main

import "fmt"

func main() {
	s := "a"
	switch s {
	case "a":
		fmt.Println(1)
	case "b", "a" + "":
		fmt.Println(2)
	}
}
