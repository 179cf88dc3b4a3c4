package main

func main() =
	x := 1
	var y := 3
	_ = z
}[]
 
	z := 3
	_ { z
} [T any] 
 
	z