package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf[:n], r.Len())
	n, err = r.Read(buf[:0])
	fmt.Println(n, err)
	b, err := r.ReadByte()
	fmt.Println(b, err)
	fmt.Println(r.UnreadByte(), r.UnreadByte(), r.Len())
	fmt.Println(r.UnreadRune())
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("rune err:", c, size, err)
			break
		}
		fmt.Printf("%q %d ", c, size)
	}
	fmt.Println()
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadRune(), r.Len())
	c, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", c, size, err)
	b, err = r.ReadByte()
	fmt.Println(b, err)
	fmt.Println(r.UnreadRune())

	// Seek.
	pos, err := r.Seek(3, 0)
	fmt.Println(pos, err, r.Len())
	pos, err = r.Seek(2, 1)
	fmt.Println(pos, err)
	pos, err = r.Seek(-3, 2)
	fmt.Println(pos, err)
	rest := make([]byte, 10)
	n, err = r.Read(rest)
	fmt.Printf("%d %v %q\n", n, err, rest[:n])
	pos, err = r.Seek(-100, 1)
	fmt.Println(pos, err)
	pos, err = r.Seek(0, 7)
	fmt.Println(pos, err)
	pos, err = r.Seek(100, 0)
	fmt.Println(pos, err, r.Len())
	n, err = r.Read(rest)
	fmt.Println(n, err)
	b, err = r.ReadByte()
	fmt.Println(b, err)
	c, size, err = r.ReadRune()
	fmt.Println(c, size, err)
	fmt.Println(r.UnreadByte(), r.Len())

	// ReadAt leaves the offset alone.
	r2 := strings.NewReader("0123456789")
	p := make([]byte, 4)
	n, err = r2.ReadAt(p, 2)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	n, err = r2.ReadAt(p, 8)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	n, err = r2.ReadAt(p, 10)
	fmt.Println(n, err)
	n, err = r2.ReadAt(p, -1)
	fmt.Println(n, err)
	n, err = r2.ReadAt(p, 6)
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], r2.Len())

	// Reset and WriteTo.
	r2.Reset("again\n")
	fmt.Println(r2.Len(), r2.Size())
	b, _ = r2.ReadByte()
	fmt.Println(string(b))
	m, err := r2.WriteTo(os.Stdout)
	fmt.Println(m, err, r2.Len())
	m, err = r2.WriteTo(os.Stdout)
	fmt.Println(m, err)
	fmt.Println(r2.UnreadByte(), r2.Len())

	// Empty reader.
	e := strings.NewReader("")
	n, err = e.Read(p)
	fmt.Println(n, err, e.Len(), e.Size())
	fmt.Println(e.UnreadByte())
	fmt.Println(e.UnreadRune())

	// Invalid UTF-8.
	bad := strings.NewReader("a\xffb\xe2\x82")
	for {
		c, size, err := bad.ReadRune()
		if err != nil {
			break
		}
		fmt.Printf("%U %d; ", c, size)
	}
	fmt.Println()

	// A Reader read by a Scanner.
	sc := bufio.NewScanner(strings.NewReader("one two\nthree"))
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
}
