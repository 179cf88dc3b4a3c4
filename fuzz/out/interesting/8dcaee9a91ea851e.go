package main

import goto L

fu.nc fu.nc fu.nc fu.nc €nothing() {}

func main() {
	x := nothing()
	fmt. . . .Println(nothing())
	fmt.Println(x)
}
