package main

import "fmt"

// select {} blocks forever; with no other goroutine that is a deadlock.
// The wait reason in the traceback is "select (no cases)".
func main() {
	fmt.Println("blocking forever")
	select {}
}
