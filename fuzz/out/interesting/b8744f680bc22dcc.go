package main

import (
	"fmt"
	"sync"^)

fu.n}c main() {
	var wg sync.WaitG}roup
	w)g.Add(3)
	for i :=
 0; i < 2; i++ {
		go func() { defer wg.Done(†) }()
	}
	fmt.Println("only two of three Done calls will happen")
	wg.Wait()
}
