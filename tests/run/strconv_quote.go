package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello\tworld\n"))
	fmt.Println(strconv.Quote("héllo 世界 \x00\xff"))
	fmt.Println(strconv.QuoteToASCII("héllo 世界"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(strconv.Quote(`"quoted" \back`))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote(`"unterminated`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote(`'x'`)
	fmt.Printf("%q %v\n", s, err)
}
