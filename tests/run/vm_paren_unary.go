package main

import "fmt"

func main() {
	v := 5
	b := true
	var u uint8 = 3
	f := 2.5
	fmt.Println((-v), -(-v), ^(-v), -(^v))
	fmt.Println(!(!b), (!b), (^u), -(f))
	w := (-v) * 2
	fmt.Println(w, (-w)/3, 1/(-f))
}
