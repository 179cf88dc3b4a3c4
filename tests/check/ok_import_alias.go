package main

import (
	f "fmt"
	. "strings"
	_ "os"
	str "strconv"
)

func main() {
	f.Println(ToUpper("dot import"), HasPrefix("golang", "go"))
	f.Println(str.Quote("alias"))
	fmt := "fmt is free as a name here"
	f.Println(fmt)
}
