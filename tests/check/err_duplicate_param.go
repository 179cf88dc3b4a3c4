package main

func f(a int, a string) {}

func g(x int) (x int) { return 0 }

func main() {
	f(1, "")
	g(1)
}
