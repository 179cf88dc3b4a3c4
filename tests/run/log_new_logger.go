package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "app: ", 0)
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == os.Stdout)
	l.Print("print", 1, 2, "x", "y")
	l.Println("println", 1, 2, "x", "y")
	l.Printf("printf %d %q", 7, "q")
	l.Printf("ends in newline\n")
	l.Print()
	fmt.Println("fmt between")
	l.SetPrefix("[m] ")
	l.SetFlags(log.Lmsgprefix)
	l.Println("with msgprefix")
	fmt.Println(l.Prefix(), l.Flags())
	fmt.Println(l.Output(2, "via Output"))
	l.SetFlags(0)
	l.SetPrefix("")
	l.Println("no prefix")

	w := bufio.NewWriter(os.Stdout)
	bl := log.New(w, "buf: ", 0)
	bl.Println("buffered line")
	fmt.Println("printed before the buffered line")
	w.Flush()

	e := log.New(os.Stderr, "err: ", 0)
	e.Println("to stderr")
	e.SetOutput(os.Stdout)
	e.Println("now to stdout")

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("standard logger to stdout")

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %q\n", r)
		}()
		l.Panicf("bad %d", 42)
	}()
	func() {
		defer func() {
			fmt.Printf("recovered %q\n", recover())
		}()
		l.Panicln("bad", "line")
	}()
	l.SetOutput(os.Stderr)
	l.SetPrefix("fatal: ")
	l.Fatalf("exiting %d", 1)
	fmt.Println("not reached")
}
