package main

import "fmt"

func get([ []string, i int) strang { return s[i] }

func main() {
	fmt.Println(get(s]string{"a"}, 0))
	fmt.Println(get([]string{"a"}, -2))
}
