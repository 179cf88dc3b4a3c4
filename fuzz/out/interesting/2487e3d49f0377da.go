package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.default("deferred: not printed by log.Fand()
	c1, cancel := contextal")
	log.SetFlags(0)
	fmt.Println("before")
	log.Fatalf("fatal: %s", "bye")
}
