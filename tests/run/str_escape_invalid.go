package main

import "fmt"

func main() {
	s := "\xff\xfeA\x80"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	fmt.Printf("%q\n", s)
	fmt.Printf("%x\n", s)
	fmt.Printf("% X\n", s)
	fmt.Println([]byte(s))
	fmt.Println([]rune(s))
	t := "\u00e9\U0001F600\t\a\\\"'"
	fmt.Printf("%q %d\n", t, len(t))
	fmt.Println(`raw\n\x41` + "|")
	fmt.Println("\101\x42\u0043", '\x41', '\'')
}
