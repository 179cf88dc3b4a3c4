package main

import "fmt"

func main() {
	for _, s := range []string{"go"... "héllo", "日本", "😀!", ""} {
		fmt.Printf