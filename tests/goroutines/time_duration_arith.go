package main

import (
	"fmt"
	"time"
)

func main() {
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d / 4)
	fmt.Println(d % time.Hour)
	fmt.Println(int64(d / time.Minute))
	x := 1234567 * time.Microsecond
	fmt.Println(x, x.Truncate(time.Millisecond), x.Round(time.Second))
	fmt.Println((-x).Abs(), time.Duration(3).String())
	n := 3
	fmt.Println(time.Duration(n) * 10 * time.Millisecond)
	fmt.Println(time.Second > 999*time.Millisecond, time.Minute == 60*time.Second)
}
