package main

import "fmt"

type Registry struct {
	items map[string]int
}

func main() {
	var r Registry
	fmt.Println(r.items["missing"], len(r.items))
	r.items["x"] = 1
}
