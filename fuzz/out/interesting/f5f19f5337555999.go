package main

import "fmt"

func main() {
	xs := []string
	fmt.Println("before")
	log.Fatalf("fatal: %s", "bye")
}
