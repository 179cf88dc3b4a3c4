// Stress: NumCPU+2 goroutines allocate in parallel — linked lists, binary
// trees, maps, growing slices, concatenated strings, closures, interface
// values — and drop them, so collections stop the world while other threads
// are mid-mutation. Each worker also keeps a long-lived structure that
// survives every collection, and finished structures are handed over a
// channel to a checker goroutine (ownership moves between threads). Jobs
// come from a shared counter, so the totals do not depend on how many
// workers there are or which one ran which job.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type node struct {
	val  int
	name string
	next *node
}

type tree struct {
	left, right *tree
	key         int
	tag         []byte
}

type shape interface{ area() int }

type rect struct{ w, h int }
type square struct{ s int }

func (r rect) area() int    { return r.w * r.h }
func (s *square) area() int { return s.s * s.s }

func buildList(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: seed*31 + i, name: "n" + strconv.Itoa(i%13), next: head}
	}
	return head
}

func sumList(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val + len(l.name)
	}
	return s
}

func buildTree(depth, key int) *tree {
	if depth == 0 {
		return nil
	}
	t := &tree{key: key, tag: make([]byte, key%5+1)}
	for i := range t.tag {
		t.tag[i] = byte(key + i)
	}
	t.left = buildTree(depth-1, 2*key)
	t.right = buildTree(depth-1, 2*key+1)
	return t
}

func sumTree(t *tree) int {
	if t == nil {
		return 0
	}
	s := t.key
	for _, b := range t.tag {
		s += int(b)
	}
	return s + sumTree(t.left) + sumTree(t.right)
}

// job does one unit of allocation-heavy work and returns its checksum.
// Everything it builds is garbage when it returns, except the list it sends
// to the checker.
func job(id int, handoff chan<- *node) int {
	sum := 0
	// A linked list, checked, then half of it dropped and rebuilt.
	l := buildList(60, id)
	sum += sumList(l)
	p := l
	for i := 0; i < 30; i++ {
		p = p.next
	}
	p.next = buildList(10, id+1000)
	sum += sumList(l)

	// A binary tree.
	t := buildTree(5, id%7+1)
	sum += sumTree(t)
	t.left = nil
	sum += sumTree(t)

	// A map filled, partly deleted, refilled.
	m := make(map[int]string)
	for i := 0; i < 40; i++ {
		m[i*id%97] = strconv.Itoa(i)
	}
	for k := range m {
		if k%3 == 0 {
			delete(m, k)
		}
	}
	keys := make([]int, 0, len(m))
	for k, v := range m {
		keys = append(keys, k)
		sum += len(v)
	}
	sort.Ints(keys)
	for i, k := range keys {
		sum += i * k
	}

	// A slice grown by append (reallocated several times), then resliced.
	var xs []int
	for i := 0; i < 100; i++ {
		xs = append(xs, i^id)
	}
	xs = xs[10:90]
	for _, x := range xs {
		sum += x
	}

	// Strings: concatenation, Builder, Split, Join.
	s := ""
	for i := 0; i < 12; i++ {
		s += strconv.Itoa(i + id)
	}
	var b strings.Builder
	for i := 0; i < 20; i++ {
		b.WriteString("w")
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	parts := strings.Split(b.String(), ",")
	sum += len(s) + len(parts) + len(strings.Join(parts, "--"))

	// Closures and interface values.
	fs := make([]func() int, 0, 8)
	for i := 0; i < 8; i++ {
		k := i * id
		fs = append(fs, func() int { return k + 1 })
	}
	shapes := make([]shape, 0, 8)
	for i := 0; i < 8; i++ {
		if i%2 == 0 {
			shapes = append(shapes, rect{i, id % 5})
		} else {
			shapes = append(shapes, &square{i})
		}
	}
	for i := range fs {
		sum += fs[i]() + shapes[i].area()
	}

	// Some allocation-free CPU work, so the workers overlap in time on
	// several threads (and get preempted mid-job).
	h := uint32(id)
	for i := 0; i < 20000; i++ {
		h = h*16777619 ^ uint32(i)
	}
	sum += int(h % 1000)

	// Large byte buffers: few allocations but many bytes, so the heap
	// grows fast and collections happen often in a normal run too.
	bufs := make([][]byte, 0, 4)
	for i := 0; i < 4; i++ {
		buf := make([]byte, 48<<10+i*1000)
		for j := 0; j < len(buf); j += 4096 {
			buf[j] = byte(id + j>>12)
		}
		bufs = append(bufs, buf)
	}
	for _, buf := range bufs {
		for j := 0; j < len(buf); j += 4096 {
			sum += int(buf[j])
		}
		sum += len(buf)
	}

	// Hand a freshly built list to the checker on another thread.
	handoff <- buildList(20, id)
	return sum
}

func main() {
	const jobs = 240
	workers := runtime.NumCPU() + 2

	var next atomic.Int64
	var total atomic.Int64
	var done atomic.Int64
	results := make([]int, jobs)

	handoff := make(chan *node, 4)
	checked := make(chan [2]int)
	go func() {
		n, s := 0, 0
		for l := range handoff {
			n++
			s += sumList(l)
		}
		checked <- [2]int{n, s}
	}()

	var wg sync.WaitGroup
	keepSums := make([]int, workers)
	keepWant := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			keep := buildTree(6, w+1)
			keepList := buildList(50, w)
			keepWant[w] = sumTree(keep) + sumList(keepList)
			for {
				i := int(next.Add(1)) - 1
				if i >= jobs {
					break
				}
				r := job(i, handoff)
				results[i] = r
				total.Add(int64(r))
				done.Add(1)
			}
			// The long-lived structures survived every collection intact.
			keepSums[w] = sumTree(keep) + sumList(keepList)
		}(w)
	}
	wg.Wait()
	close(handoff)
	c := <-checked

	okKeep := true
	for w := 0; w < workers; w++ {
		if keepSums[w] != keepWant[w] {
			okKeep = false
			fmt.Println("worker", w, "long-lived data changed:", keepSums[w], "!=", keepWant[w])
		}
	}
	fmt.Println("long-lived structures intact:", okKeep)
	fmt.Println("jobs done:", done.Load())
	fmt.Println("total checksum:", total.Load())

	// Rerun every job sequentially on this goroutine: each parallel result
	// must equal its sequential one.
	seq := make(chan *node, jobs)
	bad := 0
	want := 0
	for i := 0; i < jobs; i++ {
		r := job(i, seq)
		<-seq
		want += r
		if r != results[i] {
			bad++
		}
	}
	fmt.Println("sequential total matches:", want == int(total.Load()), "mismatched jobs:", bad)
	fmt.Println("handed-over lists:", c[0], "sum", c[1])

	ws := 0
	for i := 0; i < jobs; i++ {
		ws += sumList(buildList(20, i))
	}
	fmt.Println("handed-over sum matches:", ws == c[1])
}
