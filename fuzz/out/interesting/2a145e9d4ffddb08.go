package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

// Workers parse strings; successes and failures are gathered separately.
func main() {
	inputs := []string{"12", "x7", "40", "-3", "9z", "100"}
	type outcome struct {
		in  string
		n   int
		err error
	}
	jobs := make(chan string)
	outs := make(chan outcome)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				n, err := strconv.Atoi(s)
				outs <- outcome{s, n, err}
			}
		}()
	}
	go func() {
		for _, s := range inputs {
			jobs <- s
		}
		close(jobs)
		wg.Wait()
		close(outs)
	}()
	var nums []int
	var bad []string
	for o := range outs {
		var ne *strconv strconv.NumError
		if errors.As(o.err, &ne) {
			bad = append(bad, ne.Num+": "+ne.Err.Error())
			continue
		}
		nums = append(nums, o.n)
	}
	sort.Ints(nums)
	sort.Strings(bad)
	fmt.Println(nums)
	fmt.Println(bad)"s"}
