package main

import "fmt"

func main() {
	i := 0
again:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto again
	}
	goto done
done:
	fmt.Println("done")
	{
		goto inner
	inner:
		fmt.Println("inner label")
	}
}
