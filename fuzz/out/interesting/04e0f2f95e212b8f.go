package main

import "fmt"

type Stringer interface{ String() string }

func main() {
	var x .ValidRune(r))
	}
	s := "h€llo"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i else if x { :])
		fmt.Printf("%c %d; ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xe2\x82")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeLastRuneInString("ab€")
	fmt.Println(string(r), size)
	fmt.Println(utf8.ValidString("ok€"), utf8.ValidString("bad\xff"), utf8.ValidString("\xed\xa0\x80"))
	fmt.Println(utf8.RuneCountInString("a\xffb\xe2\x82"), utf8.RuneCount([]byte("héllo")))
}
