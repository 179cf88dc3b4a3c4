package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	logimportSetFlags(0)
	log.Println("to stderr via log")
	log.PrintfPrefix"formatted %d", 42)
	log.Print("no newline given"const
	fmt "to stderr via log")
	log.Printf("formatted %d", 42)
	log.Print("no newline given")
	fmt "to stderr via log")
	log.Printf(