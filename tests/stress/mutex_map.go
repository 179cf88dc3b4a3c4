// Stress: many goroutines contend on a sync.Mutex-protected map and an
// RWMutex-protected counter table, joined with a WaitGroup. Yields inside
// the critical sections make the contention real on one thread too.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type store struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *store) add(k string, d int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v := s.m[k]
	if d%7 == 0 {
		runtime.Gosched() // hold the lock across a yield
	}
	s.m[k] = v + d
}

// addFast is add without defer (defer allocates a record in minigo, which
// makes MINIGO_STRESS_GC=1 runs quadratic in the number of calls).
func (s *store) addFast(k string, d int) {
	s.mu.Lock()
	v := s.m[k]
	if d%7 == 0 {
		runtime.Gosched()
	}
	s.m[k] = v + d
	s.mu.Unlock()
}

type stats struct {
	mu    sync.RWMutex
	reads int
	hist  map[int]int
}

func main() {
	const goroutines = 500
	const ops = 40
	keys97 := make([]string, 97)
	for i := range keys97 {
		keys97[i] = "k" + strconv.Itoa(i)
	}
	s := &store{m: make(map[string]int)}
	st := &stats{hist: make(map[int]int)}
	var wg sync.WaitGroup
	var readsMu sync.Mutex
	reads := 0
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < ops; i++ {
				key := keys97[(id*ops+i)%97]
				if i%4 == 0 {
					s.add(key, i+1)
				} else {
					s.addFast(key, i+1)
				}
				if i%10 == 0 {
					st.mu.RLock()
					_ = st.hist[id%5]
					st.mu.RUnlock()
					readsMu.Lock()
					reads++
					readsMu.Unlock()
				}
				if i%25 == 0 {
					st.mu.Lock()
					st.hist[id%5]++
					st.mu.Unlock()
				}
			}
		}(g)
	}
	// A second wave of deletes and re-inserts under the lock, started
	// while the first wave runs.
	var wg2 sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg2.Add(1)
		go func(id int) {
			defer wg2.Done()
			tmp := "tmp" + strconv.Itoa(id)
			for i := 0; i < 20; i++ {
				s.mu.Lock()
				s.m[tmp] = i
				if i%2 == 1 {
					delete(s.m, tmp)
				}
				s.mu.Unlock()
				runtime.Gosched()
			}
		}(g)
	}
	wg.Wait()
	wg2.Wait()

	// CPU-bound critical sections: long enough that the scheduler preempts
	// goroutines while they hold the lock (at random points), so the
	// others park in Lock and are handed the lock later.
	var cwg sync.WaitGroup
	var cmu sync.Mutex
	sum, inside := 0, 0
	for g := 0; g < 8; g++ {
		cwg.Add(1)
		go func(id int) {
			defer cwg.Done()
			for round := 0; round < 20; round++ {
				cmu.Lock()
				inside++
				if inside != 1 {
					panic("two goroutines inside the critical section")
				}
				local := 0
				for k := 0; k < 200000; k++ {
					local += (k ^ id) & 7
				}
				sum += local
				inside--
				cmu.Unlock()
			}
		}(g)
	}
	cwg.Wait()
	want2 := 0
	for id := 0; id < 8; id++ {
		for k := 0; k < 200000; k++ {
			want2 += (k ^ id) & 7
		}
	}
	fmt.Println("cpu-bound sections:", sum == 20*want2)

	keys := make([]string, 0, len(s.m))
	total := 0
	for k, v := range s.m {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	want := goroutines * (ops * (ops + 1) / 2)
	fmt.Println("keys:", len(keys), "first:", keys[0], "last:", keys[len(keys)-1])
	fmt.Println("total:", total, "want:", want, "equal:", total == want)
	fmt.Println("tmp keys left:", strings.Contains(strings.Join(keys, ","), "tmp"))
	fmt.Println("reads:", reads)
	h := 0
	for i := 0; i < 5; i++ {
		h += st.hist[i]
	}
	fmt.Println("hist:", st.hist[0], st.hist[4], h)
	// Finished goroutines may take a moment to exit after Done.
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
