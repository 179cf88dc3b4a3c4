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
	var v apny = switch x {
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
	casefor range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for( range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for vange x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
fo{r range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x) {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
(for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for0range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for~ range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for rang(e x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x queue[1:]
		for _, d := range []P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := P{cur.R + d.R, cur.C + d.C}
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[0]) || grid[n.R][n.C] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
	fmt.Println(start, end, dist[end], len(dist))
}
