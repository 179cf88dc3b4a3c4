package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r), b, r)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)))
	fmt.Println(string(rune(0xD800)) == "\uFFFD")
	fmt.Println(string([]byte{0xe4, 0xb8, 0x96}), string([]rune{0x4e16, 0x754c}))
	var nb []byte
	fmt.Println(string(nb) == "", len(string(nb)))
	bs := []byte("abc")
	str := string(bs)
	bs[0] = 'z'
	fmt.Println(str, string(bs))
	fmt.Println(string([]byte{}) + "|")
}
