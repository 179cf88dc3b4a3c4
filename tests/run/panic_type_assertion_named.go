package main

import "fmt"

type Celsius float64
type Temp interface{}

func main() {
	var t Temp = Celsius(3)
	fmt.Println(t.(Celsius))
	fmt.Println(t.(float64))
}
