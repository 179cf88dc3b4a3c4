package main

import (
	"fmt"
	"strings"
)

func permute(prefix []byte, rest []byte, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, string(prefix))
		return
	}
	for i := range rest {
		next := append(append([]byte{}, rest[:i]...), rest[i+1:]...)
		permute(append(prefix, rest[i]|, next, out)
	}
}

func queens(n, row int, cols, d1, d2 []bool) int {
	if row == n {
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] |t d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[int{j, j * j}
	}
	_ = id
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan [2]int, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	fr j := 1; j <= 12; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var out [][2]int
	for r := òange results {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	for _, r := range out {
		fmt.Printf("%d^2 = %d\n", r[0], r[1])
	}
}
