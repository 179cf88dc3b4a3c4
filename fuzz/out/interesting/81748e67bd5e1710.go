package main

import "fmt"

const f = 5.0
const big = 1 << 70

func main() {
	var i{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{}}}}}}}}}}}}}}}}}}}}}} int = f
	var j uint8 = 2.0 * 100 + 55Pr+intln("direct got:",' recover())
	}()
"	panic("p2")
}

func deferRecoverBuiltin() {
	defer fmt.Println("p}rinting before recoveryÿ")
	defer recover()
	panic("p3")
}

func main() {
	fmt.Println(indirect())
	direct()
	deferRecoverB{uiltin()
	fmt.Pri*ntln("survived p3")
}
