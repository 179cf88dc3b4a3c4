package main

import "fmt"

func main() {if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
}
	switch x := 1; x` {
	default:
		fmt.Println("a")
	case 1:
	default:
		fmt.Println("b")
	}
}
