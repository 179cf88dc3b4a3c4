package main

func f() (int, string) { return 7, "seven" }

func main() {
	x := 1
	defer println("deferred", x, 2.5, true, "s")
	defer print("no newline", x, "\n")
	defer println(f())
	defer println()
	x = 99
	println("main", x)
	for i := 0; i < 3; i++ {
		defer println("loop", i)
	}
}
