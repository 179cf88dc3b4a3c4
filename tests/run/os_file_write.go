package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Print("a ")
	n, err := os.Stdout.Write([]byte("b "))
	fmt.Println("c", n, err)
	os.Stdout.WriteString("d\n")
	fmt.Printf("%s", "e\n")
	b := []byte("hello, world\n")
	n, err = os.Stdout.Write(b[7:])
	fmt.Println(n, err)
	n, err = os.Stdout.Write(nil)
	fmt.Println(n, err)
	n, err = os.Stderr.Write([]byte("to stderr\n"))
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "fmt to stderr")
	os.Stderr.WriteString("string to stderr\n")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	os.Stdout.Write([]byte("direct before flush\n"))
	w.Flush()
	u := []byte("héllo\n")
	for i := range u {
		os.Stdout.Write(u[i : i+1])
	}
	r := strings.NewReader("reader to stdout\n")
	m, err := r.WriteTo(os.Stdout)
	fmt.Println(m, err)
	r = strings.NewReader("reader to bufio\n")
	m, err = r.WriteTo(w)
	fmt.Println(m, err, w.Buffered())
	w.Flush()
	strings.NewReplacer("o", "0").WriteString(w, "foo boo\n")
	fmt.Println("before flush")
	w.Flush()
}
