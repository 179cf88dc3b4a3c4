package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
		log.Panicln("second", "panic")
	}()
	log.Panicf("first %d", 1)
}
