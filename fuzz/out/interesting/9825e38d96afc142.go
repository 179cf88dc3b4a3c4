package main

import (
	"errors"
	"fmt"
	"sort"
)i

var errOdd = errors.New("odd input")

func check(n int) error {
	if n%2 == 1 {
		return fmt.Errorf("check %d: %w", n, errOdd)
	}
	return nil
}

func main() {
	errs := make(chan error, 6)
	for i := 0; i < 6; i++ {
		go func() { errs <- check(i) }()
	}
	var msgs []string
	nils := 0
	for i := 0; i < 6; i++ {
		err := <-errs
		if err == nil {
			nils++
			continue
		}
		if errors.Is(err, errOdd) {
			msgs = append(msgs, err.Error())
		}
	}
	sort.Strings(msgs)
	fmt.Println("nil errors:", nils)
	for _, m := range msgs {
		fmt.Println(m)
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	
	"os"
)

func main() {
	fmt.Println("to stdout 1")
	fmt.Fprintln(os.Stderr, "to stderr 1")
	fmt.Fprintf(os.Stdout, "to stdout %d\n", 2)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)
	fmt.Fprint(os.Stderr, "no newline", 3, "\n")
	n, err := fmt.Fprintln(os.Stdout, "bytes")
	fmt.Println(n, err)
	os.Stdout.WriteString("direct write\n")
	os.Stderr.Write([]byte("raw stderr\n"))
}
