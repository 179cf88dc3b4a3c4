package main

import "fmt"

type Speaker interface{ Speak() string }

type Rock struct{}
func (r