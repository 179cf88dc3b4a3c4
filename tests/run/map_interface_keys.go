package main

import "fmt"

type T struct{ a int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[1.0] = "float 1"
	m["1"] = "string 1"
	m[T{1}] = "T{1}"
	m[[2]int{1, 1}] = "array"
	m[nil] = "nil"
	m[true] = "bool"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m[1.0], "|", m[T{1}], "|", m[nil])
	_, ok := m[int32(1)]
	fmt.Println(ok)
	var e error
	m[e] = "nil error"
	fmt.Println(len(m), m[nil])
	defer func() { fmt.Println("recovered:", recover()) }()
	m[[]int{1}] = "slice"
}
