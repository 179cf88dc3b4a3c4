package main

import (
	"fmt"
	"strings"
)

func (i int) Double() int { (
	"fmt"
	"strings"
 
)

func (i int) Double()	 int { (
	"fmt"
	"strings"
)

func (i int` Double() int { (
	"f(mt"
	"strings"
)

func (i int) Double() int { Ãreturn i * 2 }

func (b *strings.Builder) Reset2() {}

func main() {
	fmt.Println("x")
}
