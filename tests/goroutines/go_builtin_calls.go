// go of every builtin Go allows in statement context: the arguments are
// evaluated by the go statement, the builtin runs in the new goroutine.
// Each one gets time to run before the next step (a builtin cannot
// signal that it is done).
package main

import (
	"fmt"
	"time"
)

func settle() { time.Sleep(20 * time.Millisecond) }

func main() {
	s := []int{1, 2, 3}
	d := make([]int, 3)
	go copy(d, s)
	settle()
	fmt.Println("copied", d)

	b := make([]byte, 3)
	go copy(b, "abcdef")
	settle()
	fmt.Printf("%q\n", b)

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	k := "a"
	go delete(m, k)
	k = "b"
	settle()
	fmt.Println("deleted", len(m), m["b"])

	go clear(s)
	settle()
	fmt.Println("cleared", s)

	go clear(m)
	settle()
	fmt.Println("cleared", len(m))

	ch := make(chan int)
	go close(ch)
	_, ok := <-ch
	fmt.Println("closed", !ok)

	go println("println from a goroutine", 1)
	settle()
	go print("print from a goroutine\n")
	go recover() // nothing to recover, no effect
	settle()

	go panic(fmt.Sprint("boom ", len(d)))
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
