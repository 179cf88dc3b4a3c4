package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%10s|%-10s|%.2s|%q\n", s, s, s, s, s)
	fmt.Printf("%x|%X|% x|%#x\n", s, s, s, "ab")
	fmt.Printf("%q|%+q|%#q|%#q\n", "a\"b", "héllo", "raw`x", "plain")
	fmt.Printf("%5.1s|%-5.3s|\n", "abcdef", "abcdef")
	fmt.Printf("%s|%v|%d\n", []byte("bytes"), []byte("ab"), []byte("ab"))
	fmt.Printf("%x|% X|%q\n", []byte{1, 0xab, 255}, []byte{1, 0xab}, []byte("q"))
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%.1q|%8q|\n", "hello", "hi")
	fmt.Printf("%s|%q\n", "\xff", "\xff")
	fmt.Printf("%10.4v|%-10v|\n", "abcdefgh", "x")
}
