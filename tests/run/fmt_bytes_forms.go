package main

import "fmt"

type Msg struct {
	ID   int
	Data []byte
}

func main() {
	b := []byte("Go\x00\xff")
	fmt.Println(b)
	fmt.Printf("%s|%q|%x|% x|%X|%v|%d\n", b, b, b, b, b, b, b)
	m := Msg{1, []byte("hi")}
	fmt.Printf("%v|%+v|%s\n", m, m, m)
	fmt.Printf("%#v\n", m)
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s|%v|%x|%q\n", arr, arr, arr, arr)
	var nb []byte
	fmt.Printf("%s|%v|%x|%q|%#v\n", nb, nb, nb, nb, nb)
	fmt.Printf("%c|%U\n", []byte("ab"), []rune("ab"))
	fmt.Println(string(b[:2]), []rune("Go"))
}
