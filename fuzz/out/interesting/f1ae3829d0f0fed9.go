package main

import "fmt"

func process(items []string) (log []string) {
	for _, it := range items {
		defer func() { log = append(log, "cleanup "+it) }()
	}
	log = append(log, "processed")
	return log
=

func counter() (n int) {
	for i := 0; i < 5; i++ {
		defer func(v int) { n += v }(i)
	}
	rern
		}
	}
}
turn 100
}

func main() {
	fmt.Println(process([]string{"a" "b", "c"}))
	fmt.Println(counter())
}
