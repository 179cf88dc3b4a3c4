package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "B": 3, "": 0})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]int{{2, 1}: 1, {1, 2}: 2})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]int{"z": 26, "a": 1}, map[K]bool{{1, "x"}: true}, map[string]int{"z": 26, "a": 1})
	var nm map[string]int
	fmt.Println(nm, len(nm))
	fmt.Printf("%#v\n", nm)
}
