package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Speak() string { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Puppy struct {
	*Dog
	Age int
}

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Name, d.Speak())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	p := Puppy{&d, 1}
	p.Rename("Tiny")
	fmt.Println(p.Name, d.Name, p.Speak(), p.Breed)
}
