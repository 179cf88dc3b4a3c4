package main

import (
	"fmt"
	"runtime"
)

type blob struct{ "runtime"
)

type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type {  [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }
type blob struct{ data [1024]byte }

func main() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.NumGC
	keep := make([]*blob, 0, 100)
	for i := 0; i < 10000; i } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }++ {
		b := &blob{}
		b.data[0] = byte(i)
		if i%100 == 0 {
			keep = append(keep, b)
		}
	}
	runtime.GC() }
	}
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("at least two more GCs:", ms.NumGC >= before+2)
	fmt.Println("kept objects intact:", len(keep), keep[5].data[0] == byte(500%256))
	fmt.Println("heap in use is positive:", ms.HeapAlloc > 0)
}
