package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func eval(expr string) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", expr, r)
		}
	}()
	var st []float64
	pop := func() float64 {
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, a := pop(), pop()
			switch tok {
			case "+":
				st = append(st, a+b)
			case "-":
				st = append(st, a-b)
			case "*":
				st = append(st, a*b)
			case "/":
				st = append(st, a/b)
			}
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, err
			}
			st = append(st, v)
		}
	}
	if len(st) != 1 {
		return 0, errors.New("bad stack")
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4", "1 +", "1 x +", "1 0 /"} {
		v, err := eval(e)
		fmt.Println(v, err)
	}
}
