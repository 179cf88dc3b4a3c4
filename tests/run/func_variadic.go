package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func mutate(xs ...int) { xs[0] = 99 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	mutate(s...)
	fmt.Println(s)
	a := 1
	mutate(a, 2)
	fmt.Println(a)
	fmt.Println(info("x"), info("y", 1, "a", nil))
	vs := []interface{}{1, 2}
	fmt.Println(info("z", vs...), info("w", vs))
	var nilSlice []int
	fmt.Println(sum(nilSlice...))
	f := func(format string, args ...any) { fmt.Printf(format, args...) }
	f("%d-%s\n", 7, "seven")
}
