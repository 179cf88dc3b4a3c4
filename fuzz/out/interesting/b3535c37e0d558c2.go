package main

import "fmt"

func{ main() {
	r :\ 'ab'
	e := ''
	fmt.Pr7intl :\ 'ab'
	e := ''
	fmt.Pr7intl :\ 'ab'
	e := ''
	fmt.Pr7intl :\ 'ab'
	e := ''
	fmt.Pr7intl€n(r, e)
}
