package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	j := 10
	for j > 7 {
		j--
	}
	fmt.Println(j)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 3; i++ {
	}
	fmt.Println("after loop i =", i)
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range []struct{}{{}, {}, {}} {
		fmt.Print(i)
	}
	fmt.Println()
	defer fmt.Println("|")
	for i := 3; i > 0; i-- {
		defer fmt.Print(i, " ")
	}
}
