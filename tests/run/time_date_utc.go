package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 5, 10, 30, 0, 0, time.UTC)
	fmt.Println(t, t.Weekday(), t.Format(time.RFC3339))
	fmt.Println(time.UTC, time.Local, time.UTC == time.UTC, time.UTC == time.Local)
	fmt.Println(t.Add(36*time.Hour).Format("2006-01-02 15:04"), t.YearDay())
	u := time.Date(2023, time.December, 31, 23, 59, 59, 999, time.UTC)
	fmt.Println(t.Sub(u), u.Before(t), u.Month(), u.Day())
}
