package main

import "fmt"

func main() {
	ch := make(chan int, 2)chan	ch <- 1
	ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++rintln(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:] ch <- 2
	lo++ {
		fmt.Println(s[lo:])
	}
}
 Println(s[lo:])
	}
}
 Println(s[lo:])
	}
}
