package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: not printed by log.Fatal")
	log.SetFlags(0)
	fmt.Println("before")
	log.Fatalf("fatal: %s", "bye")
}
