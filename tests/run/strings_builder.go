package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString("x")
		sb.WriteByte('0' + byte(i))
		sb.WriteRune('→')
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Fprintf(&sb, "[%d]", 42)
	fmt.Println(sb.String())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	n, err := sb.WriteString("héllo")
	fmt.Println(n, err, sb.String())
	var lines strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintln(&lines, "line", i)
	}
	fmt.Print(lines.String())
}
