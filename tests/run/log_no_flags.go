package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.Println("to stderr via log")
	log.Printf("formatted %d", 42)
	log.Print("no newline given")
	fmt.Println("stdout line")
	log.SetPrefix("[app] ")
	log.Println("with prefix")
	l := log.New(os.Stdout, "out: ", 0)
	l.Println("logger to stdout")
	l.Printf("%s=%v", "k", true)
	fmt.Println(log.Prefix(), log.Flags())
}
