package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

func classify(v interfacex}) string {
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
		return "stringer " + {.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.)
	done := make(chan struct[N]
	go func()