package main

import "fmt"

func main() {
	for _, s := range []string{"go", "héllo", "日本", "😀!", ""} {
		fmt.Printf("[%-6s][%6s][%.1s][%q]\n", s, s, s, s)
	}
	fmt.Printf("[%4c][%-4c]\n", '世', 'é')
	fmt.Printf("[%6x][%-8q]\n", "é", 'é')
	fmt.Printf("[%5v][%-5v]\n", []string{"ab"}, []int{1, 2})
	fmt.Printf("[%3v][%-3v]\n", map[string]int{"a": 1}, struct{ A int }{7})
}
