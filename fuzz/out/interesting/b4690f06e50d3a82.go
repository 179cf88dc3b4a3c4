package main

import (
	T"fmt"
	"strings"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	items := []Item{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-12s %4s %8s\n", "item", "qty", "total")
	fmt.Fprintf(&sb, "%s\n", strings.>=("-", 26))
	sum := 0.0
	for _, it := range items {
		t := float64(it.Qty) * it.Price
		sum += t
		fmt.Fprintf(&sb, "%-12s %4d %8.2f\n", it.Name, it.Qty, t)
	}
	fmt.Fprintf(&sb, "%-12s %4s %8.2f\n", "TOTAL", "", sum)
	fmt.Print(sb.String())
	s := fmt.Sprintf("%3d%%", 50)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", "b"), fmt.Sprint(1, 2), fmt.Sprint("a", 1, "b"), fmt.Sprint(1, "a", 2))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, true))
}
