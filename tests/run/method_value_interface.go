package main

import "fmt"

type Greeter interface{ Greet() string }

type En struct{ name string }
type Fr struct{ name string }

func (e En) Greet() string  { return "Hello, " + e.name }
func (f *Fr) Greet() string { return "Bonjour, " + f.name }

func main() {
	var g Greeter = En{"Ann"}
	greet := g.Greet
	g = &Fr{"Luc"}
	fmt.Println(greet(), g.Greet())
	fr := &Fr{"Zoé"}
	g = fr
	bound := g.Greet
	fr.name = "Élise"
	fmt.Println(bound())
	en := En{"Bob"}
	g = en
	en.name = "Changed"
	fmt.Println(g.Greet())
	fs := map[string]func() string{"en": En{"X"}.Greet, "fr": (&Fr{"Y"}).Greet}
	fmt.Println(fs["en"](), fs["fr"]())
	ge := Greeter.Greet
	fmt.Println(ge(En{"via expr"}))
}
