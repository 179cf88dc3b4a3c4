package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("to stdout 1")
	fmt.Fprintln(os.Stderr, "to stderr 1")
	fmt.Fprintf(os.Stdout, "to stdout %d\n", 2)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)
	fmt.Fprint(os.Stderr, "no newline", 3, "\n")
	n, err := fmt.Fprintln(os.Stdout, "bytes")
	fmt.Println(n, err)
	os.Stdout.WriteString("direct write\n")
	os.Stderr.Write([]byte("raw stderr\n"))
}
