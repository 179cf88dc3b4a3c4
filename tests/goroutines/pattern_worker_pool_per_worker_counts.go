package main

import (
	"fmt"
	"sync"
)

// Which worker gets which job is up to the scheduler; the totals are not.
func main() {
	const workers, jobsN = 5, 1000
	jobs := make(chan int)
	counts := make([]int, workers)
	sums := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				counts[w]++ // each worker writes only its own slot
				sums[w] += j
			}
		}()
	}
	for j := 1; j <= jobsN; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	total, sum := 0, 0
	for w := 0; w < workers; w++ {
		total += counts[w]
		sum += sums[w]
	}
	fmt.Println("jobs done:", total, "sum:", sum)
}
