package main

import "fmt"

func risky(n int) (result int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered in risky:", r)
			result = -n
		}
	}()
	if n%3 == 0 {
		panic(fmt.Sprintf("bad %d", n))
	}
	arr := []int{10, 20, 30, 40}
	return arr[n]
}

func main() {
	total := 0
	for i := 1; i <= 6; i++ {
		v := risky(i)
		fmt.Println(i, v)
		total += v
	}
	fmt.Println("total", total)
}
