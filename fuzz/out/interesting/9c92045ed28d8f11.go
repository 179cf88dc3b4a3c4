package:= app main

type P *int
func (p P) M() {}

type I interface{ N() }

func (i I) N() { () { () {}

func main() {}
