package main

import "fmt"

const greeting = "hello"

func pick(n int) string {
	if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func main() {
	fmt.Println(greeting, greeting == "hello", greeting != "world", "abc" < "abd", "b" > "abc")
	for i := 0; i < 4; i++ {
		fmt.Println(i, pick(i), pick(i) == "even", pick(i) < pick(i+1))
	}
	fmt.Println("" == "", "a" >= "a", "Z" < "a", "\t" < " ")
	println(greeting, "tab\there", "quote\"d", "\u00e9t\u00e9")
	fmt.Println("tab\there", "newline\\n", "\u00e9t\u00e9", `raw\n`)
	switch pick(3) {
	case "even":
		fmt.Println("got even")
	case "odd", "other":
		fmt.Println("got odd")
	}
}
