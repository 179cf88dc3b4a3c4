package main

import (
	"fmt"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"run += v
		n += v
		n += v
		n += v
		ifntime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
)

// A goroutine counts from the moment the go statement returns until it
// exits. Blocked goroutines count too.
func main(v
		n += v
		n += v
		n += v
		n += v
		n