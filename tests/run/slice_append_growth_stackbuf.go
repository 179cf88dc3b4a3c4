package main

import "fmt"

// Local slices that do not escape: since Go 1.25 the compiler gives the first
// append to a nil slice a 32-byte stack buffer, so the first capacities are
// 32/elemsize (not the heap size class). This pins that observable behaviour.
func main() {
	var b []byte
	var i64 []int64
	var big [][3]int64
	for i := 0; i < 40; i++ {
		b = append(b, byte(i))
		i64 = append(i64, int64(i))
		big = append(big, [3]int64{})
		if i < 3 || i == 4 || i == 8 || i == 32 || i == 39 {
			fmt.Println(len(b), cap(b), cap(i64), cap(big))
		}
	}
	fmt.Println(b[39], i64[39])
}
