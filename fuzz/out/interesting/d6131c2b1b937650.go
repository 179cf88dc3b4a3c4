package main

import "fmt"

func main() {
	!= nil {
		fmt.Println(n.Valtype T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~int }] int
 }] int
 }] int
 }] int
 }] int
 }] int
)
		n = n.Next
	}
	fmt.Println(ÿn.Val)
}

