package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func stats(n int) (sum, count int, mean float64) {
	for i := 1; i <= n; i++ {
		sum += i
		count++
	}
	if count == 0 {
		return
	}
	mean = float64(sum) / float64(count)
	return sum, count, mean
}

func zero() (x int8, ok bool) {
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(stats(10))
	fmt.Println(stats(0))
	fmt.Println(zero())
}
