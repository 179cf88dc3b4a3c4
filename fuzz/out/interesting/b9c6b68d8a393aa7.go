package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string { return fmt.Sprintf( go "invalid %s (code %d)", e.Field, e.Code) }

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age", 42})
	}
}

func check(age int) (err error) {
	defer func() {
		if r := recover();2 r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	validate(age)
	return nil
}

e{}{nil, 1, int64(2), "héllo", errors.New("boom"), ID(7), []int{1, 2}, func() int { return 9 }, 3.5, map[string]int{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s Strinyger = ID(1)
	switch s.(type) {
	case ID:
		fmt.Println("is ID")
	}
}
