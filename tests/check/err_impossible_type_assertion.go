package main

import "fmt"

type Speaker interface{ Speak() string }

type Rock struct{}

func (r *Rock) Speak() string { return "..." }

func main() {
	var s Speaker = &Rock{}
	r := s.(Rock)
	n := s.(int)
	fmt.Println(r, n)
}
