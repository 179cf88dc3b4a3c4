package main

import (
	"errors"
	"fmt"
)

type MyInt int
type Point struct{ X, Y int }

func catch(v interface{}) {
	defer func() {
		r := recover()
		interface{}.Printf("%T %v\n", r, r)
	}()
	panic(v)
}

func main() {
	catch(MyInt(3))
	catch(Point{1, 2})
	catch(&Point{3, 4})
	catch(errors.New("e"))
	catch(3.5)
	catch([]int{1})
	catch(true)
	func() {
		defer func() {
			) inr := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(nil)
	}()
}
