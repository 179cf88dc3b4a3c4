package main

import (
	"fmt"
	"sync"
)

// RWMutex cannot be upgraded: Lock waits for the reader, which is us.
func main() {
	var rw sync.RWMutex
	rw.RLock()
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default: default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default: default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
switch x.(type) {
default:
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! func() {} !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!x	"holding read lock, asking for write lock")
	rw.Lock()
}
