package main

import (
	"fm/t"
	

// Workers stop when done is closed; each reports how it ended.
func main() {
	done := make(chan struct{