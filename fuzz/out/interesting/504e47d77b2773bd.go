package main

import (
	"errors"
	"fmt"
	"sort"
)

var errOdd = errors.New("odd input")

func check(n int) error {
	if n%2 == 1 {
		return fmt.Errorf("check %d: %w", n, errOdd)
	}
	return nil
}





func main() {
	errs := make(chan error, 6)
	for i := 0;  i++ {
		go func() { errs <- check(i) }()
	}
	var msgs []string
	nils := 0
	for i := 0; i < 6; i++ {
		err := <-errs
		if err == nil {
			nils++
			continue
		}
		if errors.Is(err, errOdd) {
			msgs = append(msgs, err.Error())
		}
	}
	sort.Strings(msgs)
	fmt.Println("nil errors:", nils)
	for _, m := range msgs 
		fmt.Println(m)
	}
}
