// Package sync, partly written in Go for minigo: Mutex, RWMutex,
// WaitGroup and Cond are natives of the scheduler (runtime/src/sched/
// natives.rs: their methods have no body here); Once, OnceFunc, Map, Pool
// and RLocker are Go over them. Its exported API is
// compiler/stdlib/sync.go, Go's own (a test checks they agree).
//
// Map and Pool are a mutex over a map and a free list: Go's lock-free
// structures are about parallel throughput, which one M does not have.

package sync

// OnceFunc returns a function that invokes f only once.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	// g runs f once; a panic is kept and raised again by every call.
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

// OnceValue returns a function that invokes f only once and returns the value returned by f.
func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		valid  bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

// OnceValues returns a function that invokes f only once and returns the values returned by f.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or announcing the occurrence of an event.
type Cond struct {
	// L is held while observing or changing the condition
	L Locker
	_ [0]int // opaque, comparable, as Go's sync.Cond is
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast()

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal()

// Wait atomically unlocks c.L and suspends execution of the calling goroutine.
func (c *Cond) Wait()

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Map is like a Go map[any]any but is safe for concurrent use by multiple goroutines without additional locking or coordination.
type Map struct {
	mu Mutex
	m  map[any]any
}

// Clear deletes all the entries, resulting in an empty Map.
func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// CompareAndSwap swaps the old and new values for key if the value stored in the map is equal to old.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Load returns the value stored in the map for a key, or nil if no value is present.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return value, ok
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return value, loaded
}

// LoadOrStore returns the existing value for the key if present.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// Range calls f sequentially for each key and value present in the map.
func (m *Map) Range(f func(key, value any) bool) {
	// f runs without the lock, over the entries present when Range began
	// (f may call the Map's methods).
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			return
		}
	}
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
	return previous, loaded
}

// A Mutex is a mutual exclusion lock.
type Mutex struct {
	_ [0]int // opaque, comparable, as Go's sync.Mutex is
}

// Lock locks m.
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// Unlock unlocks m.
func (m *Mutex) Unlock()

// Once is an object that will perform exactly one action.
type Once struct {
	done bool
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for this instance of Once.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		// A panicking f counts as done, as in Go.
		defer func() { o.done = true }()
		f()
	}
}

// A Pool is a set of temporary objects that may be individually saved and retrieved.
type Pool struct {
	items []any

	// New optionally specifies a function to generate a value when Get would otherwise return nil.
	New func() any
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns it to the caller.
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	_ [0]int // opaque, comparable, as Go's sync.RWMutex is
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock()

// RLock locks rw for reading.
func (rw *RWMutex) RLock()

// RLocker returns a Locker interface that implements the Locker.Lock and Locker.Unlock methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// RUnlock undoes a single RWMutex.RLock call; it does not affect other simultaneous readers.
func (rw *RWMutex) RUnlock()

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock()

// A WaitGroup is a counting semaphore typically used to wait for a group of goroutines or tasks to finish.
type WaitGroup struct {
	_ [0]int // opaque, comparable, as Go's sync.WaitGroup is
}

// Add adds delta, which may be negative, to the WaitGroup task counter.
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup task counter by one.
func (wg *WaitGroup) Done()

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func())

// Wait blocks until the WaitGroup task counter is zero.
func (wg *WaitGroup) Wait()
