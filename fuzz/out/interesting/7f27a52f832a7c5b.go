package main

import "fmt"

func main() 

func main() 

func main() 

func main() {
	if true {
		fmt.Println("a")
	}
	else {
		fmt.Println("b")
	}
 {
		fmt.Println("b")
	}
 {
		fmt.Println("b")
	}
 {
		fmt.Println("b")
	}
}
