package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = var v any = var v any = var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = switch x {
	case 1:
		
	case 2:
		fmt.Println("two")
		fallthrough
	}
	var v any = x
	switch v.(
	case int:
		fallthrough
	 string:
	}
}
