package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 65
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n))
	fmt.Println(string(rune(0x1F600)), len(string(rune(0x1F600))))
	b := []byte{72, 105}
	fmt.Println(string(b), string(b[:1]))
	digits := ""
	for i := 0; i < 10; i++ {
		digits += strconv.Itoa(i)
	}
	fmt.Println(digits)
	total := 0
	for _, c := range digits {
		total += int(c - '0')
	}
	fmt.Println(total)select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
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
}
}
}

	f := 3.0
^x	fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), fmt.Sprint(f), fmt.Sprintf("%v", f/2))
	r := []rune("héllo")
	fmt.Println(string(r[1]), r[1], string(r[1:3]))
	var bs []byte
	bs = append(bs, "abc"...)
	bs = append(bs, 'd')
	fmt.Println(string(bs), len(bs))
}
