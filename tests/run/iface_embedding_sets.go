package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }

func pump(r Reader, w Writer) int {
	n := 0
	for s := r.Read(); s != ""; s = r.Read() {
		w.Write(s + "!")
		n++
	}
	return n
}

func main() {
	src := &Buf{}
	var rw ReadWriter = src
	rw.Write("a")
	rw.Write("b")
	dst := &Buf{}
	n := pump(rw, dst)
	fmt.Println(n, dst.data, len(src.data))
	var r Reader = rw
	_, isW := r.(Writer)
	fmt.Println(isW)
}
