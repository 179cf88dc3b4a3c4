package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		if true {
			fallthrough
		}
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = x
	switch v.(type) {
	case int:
		fallthrough
	case string:
	}
}
