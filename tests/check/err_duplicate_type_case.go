package main

import "fmt"

type MyInt = int

func main() {
	var v any = 1
	switch v.(type) {
	case int:
		fmt.Println("int")
	case string, MyInt:
		fmt.Println("dup")
	}
}
