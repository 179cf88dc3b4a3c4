package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-101", 2, 8}, {"0x1f", 0, 64}, {"0o17", 0, 64}, {"0b101", 0,type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~int }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 }] int
 64},
		{"017", 0, 64}, {"1_000", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"z", 36, 64},
		{"12", 2, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, v, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 	fmt.Println(u, err)
}
