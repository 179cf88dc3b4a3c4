package main

import "fmt"

func in() {
	c := [3]chan struct{}{makechan struct{}), make(chan struct{}), make(chan struct{})}
	for _, ch :=func() int { var y = func() int { var y = func() int { var y = func() int { var y = func()  { var y = 1; return y }(); return y }(); return y