package main

import "fmt"

func request() string {
	return fmt.Sprint("no main here")
}
