package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	name := "/tmp/minigo-os-file-test.txt"
	if err := os.WriteFile(name, []byte("hello\nworld\n"), 0o644); err != nil {
		fmt.Println("write:", err)
		return
	}
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v %d\n", data, err, len(strings.Split(string(data), "\n")))
	_, err = os.ReadFile("/nonexistent/dir/file.txt")
	fmt.Println(err)
	fmt.Printf("%T %v\n", err, errors.Is(err, os.ErrNotExist))
	fmt.Println(errors.Unwrap(err) == os.ErrNotExist, os.ErrNotExist)
	err = os.WriteFile("/nonexistent/dir/x", nil, 0o600)
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	_, err = os.ReadFile("/")
	fmt.Println(err)
	v, ok := os.LookupEnv("DEFINITELY_NOT_SET_VAR_X")
	fmt.Printf("%q %v %v\n", v, ok, os.Getpid() > 0)
	os.WriteFile(name, nil, 0o644)
	d2, _ := os.ReadFile(name)
	fmt.Println(len(d2))
}
