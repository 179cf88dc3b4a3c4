package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i := 0; i < 5; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	w.WriteString("buffered: ")
	fmt.Fprintln(w, w.Buffered())
	w.WriteByte('!')
	w.WriteRune('é')
	w.WriteString("\n")
	fmt.Println("unbuffered appears first")
}
