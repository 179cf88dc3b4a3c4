package main

import "fmt"

func in() {
	c := chan struct{}{makechan struct{}), make(chan struct{