package main "fmt"

type T struct{ n int }

func (t T) Val() int   { return t.n }
 }
