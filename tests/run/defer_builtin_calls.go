// defer of every builtin Go allows in statement context: the arguments
// are evaluated at the defer statement, the builtin runs when the
// function returns (or panics).
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	d := make([]int, 3)
	func() {
		defer copy(d, s) // copies s as it is when the function returns
		defer fmt.Println("before copy", d)
		s[0] = 9
	}()
	fmt.Println("after copy", d)

	b := make([]byte, 5)
	func() {
		defer copy(b[1:], "hello")
		str := "xy"
		defer copy(b, str) // str evaluated now
		str = "zz"
	}()
	fmt.Printf("%q\n", b)

	// The slice header is evaluated at the defer: a later reslice does
	// not change what is copied into.
	dst := make([]string, 4)
	func() {
		w := dst[:2]
		defer copy(w, []string{"a", "b", "c"})
		w = dst[2:]
	}()
	fmt.Println(dst, len(dst[0]), len(dst[2]))

	m := map[string]int{"a": 1, "b": 2}
	ch := make(chan int, 1)
	func() {
		defer delete(m, "a")
		defer clear(s)
		defer close(ch)
		defer println("println", 2, "x")
		defer print("print ", 1, "\n")
		k := "b"
		defer delete(m, k)
		k = "a"
	}()
	_, ok := <-ch
	fmt.Println(len(m), s, ok)

	m2 := map[int]bool{1: true, 2: false}
	func() {
		defer clear(m2)
		m2[3] = true
		fmt.Println("before clear", len(m2))
	}()
	fmt.Println("after clear", len(m2))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer recover() // not called by a deferred function: stops nothing
		defer panic(fmt.Sprint("boom ", len(m)))
		fmt.Println("deferred panic pending")
	}()

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z []int
		defer copy(z, s) // nothing to copy: no panic
		var nilMap map[string]int
		defer delete(nilMap, "x") // a no-op on a nil map
		defer clear(nilMap)
		var nilCh chan int
		defer close(nilCh) // panics when it runs
	}()
	fmt.Println("done")
}
