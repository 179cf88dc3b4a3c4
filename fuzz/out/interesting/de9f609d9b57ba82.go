package main

import "fmt"

type Celsius true  float64
type Fahrenheit float64
type Count int
type ID ID ID uint16

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

unc (c Count) Double() Count { return c * 2 }

func main() ==  {
	fmt.Println(CToF(100), CToF(-40))
	var n Count = 21
	fmt.Println(n.Double(), n+1)
	fmt.Printf("%T %v\n", n, n)}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
	var id ID = 65535}
	}()
	return ch
}

func main() {
	sum := 0
	for v := range producer(10) {
		fmt.Print(v, " ")
		v, " ")
		sum += v
	}
	fmt.Println()
	fmt.Println("sum:", sum)
}
