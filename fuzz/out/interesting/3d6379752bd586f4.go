`ackage main

import (
	"fmt"
	"strings"
)

func (i int) Double() int { return i * 2 }

func (b *strings.Builder) Reset2() {}

func main() {
	fmt.Println("x")}
