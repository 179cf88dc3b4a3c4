package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return "line " + strconv.Itoa(p.Line) + ": " + p.Err.Error() }
func (p *ParseError) Unwrap() error { return p.Err }

type TempErr interface{ Temporary() bool }

type timeout struct{}

func (timeout) Error() string   { return "timeout" }
func (timeout) Temporary() bool { return true }

func parse(lines []string) (sum int, err error) {
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return sum, &ParseError{i + 1, err}
		}
		sum += n
	}
	return sum, nil
}

func main() {
	fmt.Println(parse([]string{"1", "2", "3"}))
	s, err := parse([]string{"1", "x2", "3"})
	fmt.Println(s, err)
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("line", pe.Line)
	}
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Num)
	var e error = fmt.Errorf("op: %w", timeout{})
	var te TempErr
	fmt.Println(errors.As(e, &te), te.Temporary())
	fmt.Printf("%v|%s|%q\n", e, e, e)
}
