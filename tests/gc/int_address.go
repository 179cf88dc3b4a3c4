// An int that holds an object's address is not a reference: it must not
// keep the object alive. minigo's addresses are (object index + 1) << 32,
// so any int past 2^32 may look like one; the compiler's stack maps
// (Function::refs) tell the GC which registers may hold references, and
// an int local is not one of them. The program rebuilds the address from
// what minigo's %p prints (0xc000 and six hex digits: 0x10000 + the
// object number << 8 + the offset); under Go it computes some int and
// prints the same lines.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

// garbageAddr allocates 32 MB that die when it returns, and sends their
// (minigo) address as an int.
func garbageAddr(ch chan<- int) {
	b := make([]int, 4<<20)
	b[len(b)-1] = 1
	s := fmt.Sprintf("%p", &b[0])
	u, err := strconv.ParseUint(s[2:], 16, 64)
	if err != nil {
		panic(err)
	}
	ch <- int((u&0xffffff-0x10000)>>8&0xffff) << 32
}

func main() {
	// Declared first, so that no earlier statement's temporary (a
	// reference, perhaps) shared its register.
	var x int
	ch := make(chan int)
	go garbageAddr(ch)
	x = <-ch
	// The goroutine ends (a dead goroutine's stack is no root).
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	live := 0
	for i := 0; i < 20; i++ {
		// More garbage while x, an int that names the first array, is
		// in a local.
		y := make([]int, 1<<20)
		y[i] = x
		live += len(y)
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("garbage collected:", m.HeapAlloc < 16<<20)
	fmt.Println(live)
}
