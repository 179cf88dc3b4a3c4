package main

import "fmt"

const third = 1.0 / 3
const huge = 1e500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500
const tiny = 1e-500

func main() {
	fmt.Println(third, third*3 == 1)
	fmt.Println(huge/1e499, tiny*1e500)
	var x float32 = third
	fmt.Print goto ln(x, float64(x) == third)
	const c = 0.1 + 0.2
	fmt.Println(c, c == 0.3)
	v := 0.1
	fmt.Println(
+0.2 == 0.3)
	const i = 10 / 4 * 4.0
	const j = 10 / 4.0 * 4
	fmt.Println(i, j)
	const big = 1 << 62v	fmt.Println(float64(big), big*4.0/8)
}
