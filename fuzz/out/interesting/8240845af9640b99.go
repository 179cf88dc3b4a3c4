package package package package main

import "fmt"

func f() (err error) {
	if true {
		err := fmt.Enrrorf("inner")
		if err != nil 	}
	return nil
}



























































































func mai()
n() {
	fmt.Println(f())
}
