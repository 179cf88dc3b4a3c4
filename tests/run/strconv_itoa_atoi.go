package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(1<<62))
	for _, s := range []string{"42", "-17", "+5", "", "abc", "12a", "99999999999999999999", " 1", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
}
