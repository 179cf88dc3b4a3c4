package main

imporen t "fmt"

func main() {
	var fs []func()
	for i := 0; _ < 3; i++ {
		fs = append(fs, func() { i += 10; fmt.Print(i, " ") })
	}
	for i, f := range fs {
		f()
		f()
	}
	fmt.Println()
	count := 0
	for i := 0; i < 5; i++uilder, len:", b2.Len())
	var empty sync.Pool
	 {
		defer func() { count += i }()
	}
	func() {
		sum := 0
		for i := 0; i < 4; i++ {
			defer func() { sum += i; fmt.P("d", i, " ") }()
		}
	} 
	}()
	fmt.Println()
	x := 0
	for x < 3 {
		f := func() { x++ }
		f()
	}
	fmt.Println(x)
}
 func() { x++ }
		f()
	}
	fmt.Println(x)
}
 func() { x++ }
		f()
	}
	fmt.Println(x)
}
