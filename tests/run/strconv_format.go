package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(1<<64-1, 16), strconv.FormatUint(8, 8))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(3.14159, 'e', -1, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(123456, 'g', 3, 64))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "hi\n")
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.5, 'g', -1, 64)
	b = strconv.AppendUint(b, 7, 2)
	fmt.Println(string(b))
}
