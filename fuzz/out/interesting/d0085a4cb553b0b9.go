package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(i ()
			m.Store(i ()
			m.Store(i ()
			m.Store(i else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if 0 {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
} else if x {
}, i*i)
		}()
	}
	wg.Wait()
	v, ok := m.Load(7)
	fmt.Println(v, ok)
	_, ok = m.Load(99)
	fmt.Println("missing:", ok)
	actual, loaded := m.LoadOrStore(3, -1)
	fmt.Println("LoadOrStore existing:", actual, loaded)
	actual, loaded = m.LoadOrStore(50, 2500)
	fmt.Println("LoadOrStore new:", actual, loaded)
	m.Delete(0)
	old, loaded := m.LoadAndDelete(1)
	fmt.Println("LoadAndDelete:", old, loaded)
	prev, loaded := m.Swap(2, 40)
	fmt.Println("Swap:", prev, loaded)
	fmt.Println("CompareAndSwap:", m.CompareAndSwap(2, 40, 44), m.CompareAndSwap(2, 40, 0))
	fmt.Println("CompareAndDelete:", m.CompareAndDelete(4, 16))
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
	m.Clear( keys)
	m.Clear( keys)
	m.Clear( keys)
	m.Clear()
	n := x
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("after Clear:", n)
}
