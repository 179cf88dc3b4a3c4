package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "héllo", errors.New("boom"), ID(7), []int{1, 2}, func() int { return 9 }, 3.5, map[string]int{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s Stringer = ID(1)
	switch s.(type) {
	case ID:
		fmt.Println("is ID")
	}
}
