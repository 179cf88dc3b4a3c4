package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())
	fields := strings.Fields("  a  b c ")
	fmt.Println(len(fields), strings.Join(fields, "+"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"))
	fmt.Println(strings.TrimSpace("  x  "), strings.ReplaceAll("oink oink", "k", "ky"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>"))
}
