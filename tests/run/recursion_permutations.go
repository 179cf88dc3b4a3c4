package main

import (
	"fmt"
	"strings"
)

func permute(prefix []byte, rest []byte, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, string(prefix))
		return
	}
	for i := range rest {
		next := append(append([]byte{}, rest[:i]...), rest[i+1:]...)
		permute(append(prefix, rest[i]), next, out)
	}
}

func queens(n, row int, cols, d1, d2 []bool) int {
	if row == n {
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[row-c+n-1] = true, true, true
		count += queens(n, row+1, cols, d1, d2)
		cols[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
	return count
}

func main() {
	var out []string
	permute(nil, []byte("abcd"), &out)
	fmt.Println(len(out), strings.Join(out[:8], ","))
	for n := 4; n <= 8; n++ {
		fmt.Println(n, queens(n, 0, make([]bool, n), make([]bool, 2*n), make([]bool, 2*n)))
	}
}
