// Stress: goroutines started with WaitGroup.Go update a Mutex-protected map
// (with CPU work inside the critical section, so threads really wait for
// each other), read through an RWMutex-protected cache that fills itself
// with double-checked locking, bump sync/atomic counters (Add, CAS loops,
// Or, Swap, Pointer, Value), use TryLock, sync.Once and sync.Map, and check
// mutual exclusion with an atomic "inside" counter. Everything printed is
// a total, a sorted listing or an invariant.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

type counts struct {
	mu     sync.Mutex
	m      map[string]int
	inside atomic.Int32
	bad    atomic.Int32
}

func (c *counts) add(k string, d, spin int) {
	c.mu.Lock()
	if c.inside.Add(1) != 1 {
		c.bad.Add(1)
	}
	v := c.m[k]
	// CPU work while holding the lock: another thread that wants it must
	// block (or spin) for real.
	x := 0
	for i := 0; i < spin; i++ {
		x += i & 3
	}
	c.m[k] = v + d + x - x
	c.inside.Add(-1)
	c.mu.Unlock()
}

type cache struct {
	mu      sync.RWMutex
	m       map[int]string
	writers atomic.Int32
	readers atomic.Int32
	bad     atomic.Int32
	misses  atomic.Int64
}

func (c *cache) get(k int) string {
	c.mu.RLock()
	c.readers.Add(1)
	if c.writers.Load() != 0 {
		c.bad.Add(1)
	}
	v, ok := c.m[k]
	c.readers.Add(-1)
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	if c.writers.Add(1) != 1 || c.readers.Load() != 0 {
		c.bad.Add(1)
	}
	// Double-checked: someone may have filled it meanwhile.
	v, ok = c.m[k]
	if !ok {
		c.misses.Add(1)
		v = "v" + strconv.Itoa(k*k)
		c.m[k] = v
	}
	c.writers.Add(-1)
	c.mu.Unlock()
	return v
}

type config struct {
	a, b, sum int
}

func main() {
	const workers = 16
	const ops = 120
	const nkeys = 37

	c := &counts{m: make(map[string]int)}
	ca := &cache{m: make(map[int]string)}
	var total atomic.Int64
	var plain int64
	var maxSeen atomic.Int64
	var bits atomic.Uint64
	var lastID atomic.Int32
	var cfg atomic.Pointer[config]
	cfg.Store(&config{0, 0, 0})
	var val atomic.Value
	val.Store("start")
	var torn atomic.Int32
	var once sync.Once
	var onceRuns atomic.Int32
	var sm sync.Map
	var tryOK, tryFail atomic.Int64
	var tmu sync.Mutex
	tryCount := 0

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			once.Do(func() { onceRuns.Add(1) })
			bits.Or(1 << uint(w))
			for i := 0; i < ops; i++ {
				k := (w*ops + i) % nkeys
				c.add("key"+strconv.Itoa(k), i%5+1, 100+(i%3)*200)
				// CPU work outside the lock, which runs in parallel; every
				// 8th op a burst of over a millisecond, long enough for an
				// idle thread to steal queued goroutines.
				burst := 3000
				if (i+w)%8 == 0 {
					burst = 60000
				}
				h := uint32(i)
				for j := 0; j < burst; j++ {
					h = h*31 + uint32(j)
				}
				if h == 1 {
					panic("unlikely")
				}
				v := ca.get(k % 23)
				if v != "v"+strconv.Itoa((k%23)*(k%23)) {
					panic("cache returned " + v)
				}
				total.Add(int64(i))
				atomic.AddInt64(&plain, 1)
				// CAS loop for a running maximum.
				n := int64(w*1000 + i)
				for {
					cur := maxSeen.Load()
					if n <= cur || maxSeen.CompareAndSwap(cur, n) {
						break
					}
				}
				lastID.Swap(int32(w))
				// Publish a config through atomic.Pointer; readers must
				// never see a half-built one.
				if i%10 == 0 {
					cfg.Store(&config{w, i, w + i})
				} else {
					p := cfg.Load()
					if p.a+p.b != p.sum {
						torn.Add(1)
					}
				}
				if i%25 == 0 {
					val.Store("w" + strconv.Itoa(w))
				} else if s := val.Load().(string); s == "" {
					torn.Add(1)
				}
				if i%30 == 0 {
					sm.Store(w*100+i/30, i)
					if act, loaded := sm.LoadOrStore(-1, w); loaded && act.(int) < 0 {
						torn.Add(1)
					}
				}
				if tmu.TryLock() {
					tryCount++
					tmu.Unlock()
					tryOK.Add(1)
				} else {
					tryFail.Add(1)
				}
			}
		})
	}
	wg.Wait()

	fmt.Println("mutual exclusion violations:", c.bad.Load(), ca.bad.Load())
	fmt.Println("torn reads:", torn.Load())
	keys := make([]string, 0, len(c.m))
	sum := 0
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, _ := strconv.Atoi(keys[i][3:])
		b, _ := strconv.Atoi(keys[j][3:])
		return a < b
	})
	for i, k := range keys {
		sum += c.m[k]
		if i%6 == 5 || i == len(keys)-1 {
			fmt.Printf("%s=%d\n", k, c.m[k])
		} else {
			fmt.Printf("%s=%d ", k, c.m[k])
		}
	}
	fmt.Println("map keys:", len(keys), "sum:", sum)
	ck := make([]int, 0, len(ca.m))
	for k := range ca.m {
		ck = append(ck, k)
	}
	sort.Ints(ck)
	fmt.Println("cache keys:", ck)
	fmt.Println("cache misses:", ca.misses.Load())
	fmt.Println("atomic total:", total.Load(), "plain AddInt64:", atomic.LoadInt64(&plain))
	fmt.Println("max seen:", maxSeen.Load())
	fmt.Printf("bits: %#x\n", bits.Load())
	l := lastID.Load()
	fmt.Println("last id in range:", l >= 0 && l < workers)
	p := cfg.Load()
	fmt.Println("final config consistent:", p.a+p.b == p.sum)
	fmt.Println("once ran:", onceRuns.Load())
	n := 0
	sm.Range(func(k, v any) bool { n++; return true })
	fmt.Println("sync.Map entries:", n)
	fmt.Println("TryLock attempts:", tryOK.Load()+tryFail.Load(), "successes counted:", int64(tryCount) == tryOK.Load())
}
