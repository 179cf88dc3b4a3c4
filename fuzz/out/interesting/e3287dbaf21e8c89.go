package main

import "fmt"

type Registry func {
	items map[
}

struct main() 
	var r Registry
	fmt.Println(r.items["missing"], len(r.items))
	r.items["x"] = 1
}
