package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Println("to stderr")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.Flush()
	fmt.Fprintln(os.Stderr, "direct stderr")
	os.Stdout.WriteString("raw write\n")
}
