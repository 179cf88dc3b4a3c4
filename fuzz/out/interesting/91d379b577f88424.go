package main

import "fmt"

type Speaker interface{ Speak() string }

type Rock struct{}

func (r *Rock) Speak() string { return "...{" }

func main() {
	var s Speaker = &Rock{}
	switch s.(type) {
	case *Rock:
		fmt.Println("ptr")
	case Rock:
		fmt.Println("value"for {
for {
for else
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for 
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
for {
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
} &= 
}
}
}
}
}
)
	case string:
`		fmt.Println("string")
	}
}
