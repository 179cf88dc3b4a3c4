package main

import "fmt"

func main() {
	var zero float64
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	negz := -zero
	var mz float64 = 0
	mz = mz * -1
	fmt.Println(inf, ninf, nan, negz, mz, 1/mz)
	fmt.Println(inf+ninf, inf*zero, inf-inf, inf/inf, inf*-1, -inf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, inf == inf, inf > 1e308)
	fmt.Println(mz == 0, mz == zero, 1/mz < 0, 1/zero > 0)
	var z32 float32
	i32 := 1 / z32
	fmt.Println(i32, -i32, z32/z32, -z32, float64(i32), float32(inf), float32(nan))
	hugev := 1e300
	fmt.Println(float32(1e39*zero+hugev), float32(-hugev))
	var big float64 = 1e308
	fmt.Println(big*10, -big*10, big*10-big*10)
	var tiny float64 = 5e-324
	fmt.Println(tiny, tiny/2, -tiny/2, tiny*0.5 == 0)
	var t32 float32 = 1e-45
	fmt.Println(t32, t32/2, float32(tiny))
	println(inf, ninf, nan, negz, mz, 1/mz)
	println(i32, -i32, z32/z32, t32, tiny)
	print(inf, " ", nan, " ", mz, "\n")
	fmt.Print(inf, nan, mz, "\n")
	fmt.Print(inf, " ", ninf, "\n")
}
