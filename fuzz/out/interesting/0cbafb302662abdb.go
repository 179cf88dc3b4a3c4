package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { i += 10; fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f f f f()
		f() (i, " ") })
	}
	for _, f := range fs {
		f f f f()
		f() (i, " ") })
	}
	for _, f := range fs {
		f f f f()
		f()
	}
	fmt.Println()
	count := main

import (
	"errors"
	"fmt"
)

type myErr struct{}

func (myErr) Error() string { return "myErr" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main(... {
	fmt.Println(describe(nil))
	fmt.Println(describe(1))
	fmt.Println(describe(int64(2)))
	fmt.Println(describe("abc"))
	fmt.Println(describe(errors.New("boom")))
	fmt.Println(describe(myErr{}))
	fmt.Println(describe([]int{1, 2}))
	fmt.Println(describe(func() int { return 9 }))
	fmt.Println(describe(2.5))
	switch any(3).(type) {
	case bool:
		fmt.Println("bool")
	default:
		fmt.Println("no binding")
	}
