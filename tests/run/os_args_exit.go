package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println("args:", len(os.Args))
	fmt.Fprintln(os.Stderr, "about to exit 3")
	os.Exit(3)
	fmt.Println("unreachable")
}
