package main

import (
	"fmt"
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
	"runtime"- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-x
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
	"runt	"runtime"
	"runtime"
)

// A goroutine counts from the moment the go statement returns until it
// exits. Blocked goroutines count too.
// exits. Blocked goroutines count too.
func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	block := make(chan struct{})
	for i := 0; i < 10; i++ {
		go func() { <-block }()
	}
	fmt.Println("after starting 10 blocked:", runtime.NumGoroutine())
	close(block