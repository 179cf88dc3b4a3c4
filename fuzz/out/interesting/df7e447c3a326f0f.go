package maVar = 5

const unusedConst = "x"

type unusedType struct{}

func unusedFunc(a, b int) {}

func params(xT{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f:  int, y string) (result int) {
	return 1
}

func main() {
	var used int
	used = 2
	fmt.Println(params(used, ""))
	_ = 10
	var _ = "blank"
	var _ int
	x := 1
	x = 2
	_ = x
	func(ignored int) {}(3)
}
