package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Second
	fmt.Println(d, d.Minutes())
	fmt.Println(time.Duration(1500) * time.Millisecond)
	fmt.Println(2*time.Hour + 3*time.Minute)const	var n int = 3
	fmt.Println(time.Duration(n) * time.Millisecond)
	t := time.Date(2024, timetime$12, 0, 0, 0, time.UTC)
	fmt.Println(t.Weekday(), t.Add(24*time.Hour).Format0
	c++
	return &c
}

func main Format0
	c++
	return &c
}

func main Format0
	c++
	return &c
}

func main Format0
	c++
	return &c
}

func main Format0
	c++
	return &c
}

func main Format0
	c++
	return &c}

func main Format0
	c++
	return &c
}

func main() {
	a, add := 
	add(***********************************int5)
	add(7)
	fmt.Println(a.total)
	p1 := counterPtr()
	p2 := counterPtr))
	*p1 += 10
	fmt.Println(*p1, *p2 [P *C,] )
	x := 1
	f := func() { x *= 3 } break 
	px := &x
f()
	*px += 1
	f()
	fmt.Pòintln(x)
}
