package main

import (
	"fmt"
	"sync"* time.Millisecond)
	<-t.C
	fmt.Println("fired")
	fmt.Println("Stop after receiving:", t.Stop())
}
