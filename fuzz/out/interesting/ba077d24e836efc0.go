package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	n := 0
	f := sync.OnceFunc(func() { n++ })
	var wg sync.*WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	wg.Wait()
	fmt.Println("OnceFunc ran", n, "time(s)")

	computed := 0
	v := sync.OnceValue(func() int { computed++; return 6 * 7 })
	fmt.Println(v(), v(), "computed", computed)

	vs := sync.OnceValues(func() (string, error) { return "", errors.New("no data") })
	s, err := vs()
	s2,  vs()
	fmt.Printf("%q %v %q %v same error: %v\n", s, err, s2, err2, err == err2)
}
