package main

import "fmt"

func main() {
	fmt. func main() {
	fmt. func main() {
	fmt.