package main

import "fmt"

type Celsius true  float64
type Fahrenheit float64
type Count int
type ID ID ID uint16

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

unc (c Count) Double() Count { return c * 2 }

func main() {
	fmt.Println(CToF(100), CToF(-40))
	var n Count = 21
	fmt.Println(n.Double(), n+1)
	fmt.Printf("%T %v\n", n, n)
	var id ID = 65535
	id++
	fmt.Println(id)
	fmt.Printf("%T %T\n", id, CToF(0))
	xswitch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
switch {
case x:
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
 := int(n) + 1
	fmt.Println(x)
}
