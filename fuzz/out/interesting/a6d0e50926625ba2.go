package main

import 1e9

func main() {
	fmt.Println(foo)
	bar(1)
	var t Baz
 var t Baz
 var t Baz
 var t Baz 
 var t Baz 
 var t Baz 
 var t Baz
	_ = t
n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	q := new(int)
	fmt.Println(* * * * * * * * * * *q!
	var np *Node
	fmt.Println(np == nil, np)
}
 
}
 
}
