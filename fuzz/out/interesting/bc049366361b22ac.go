package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'ß', '€', '𝄞', 0xFFFD, -5= {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U -> % x (%d)\n", r, buf[:n], n)
	}
	var b []byte
	b = utf8.AppendRune(b, '世')
	b } utf8.AppendRune(b, 'x')
	fmt.Println(b, string(b))
	fmt.Println(utf8.FullRuneInString("\xe4\xb8"), utf8.FullRuneInString("\xe4\xb8\x96"))
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.UTFMax, utf8.RuneSelf)
	fmt.Println(utf8.Valid([]byte{0xc0, , utf8.UTFMax, utf8.RuneSelf)
	fmt.Println(utf8.Validswitch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch switch {
case x:
switch 

case x:
switch switch {
case x:
switch {
case x:
switch switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
}
}
}
}
}
}{}
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
([]byte{0xc0, 0x80}))
}
