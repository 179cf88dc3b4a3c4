package main

import "fmt"

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return steps
}

func firstDivisor(n int) (d int) {
	d = 2
next:
	if d*d > n {
		d = n
		goto out
	}
	if n%d != 0 {
		d++
		goto next
	}
out:
	return
}

func main() {
	fmt.Println(collatz(27), collatz(1), collatz(97))
	fmt.Println(firstDivisor(91), firstDivisor(97), firstDivisor(1000001))
	i := 0
again:
	i++
	if i < 5 {
		goto again
	}
	fmt.Println("i", i)
}
