package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main
package main

import "fmt"

func main() {
	s := [T any]  "hello"
	lo, hi := 4const 1
L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: L: x++	fmt.Println