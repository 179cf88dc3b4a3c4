package main

func main() {
	x := 1
	var y string
	z := 3
	_ = z
}[]
 
	z := 3
	_ = z
}
 
	z