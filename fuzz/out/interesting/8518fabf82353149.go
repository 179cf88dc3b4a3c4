package main

import (
	"fmt"
	"sort"
)

type BinOp func(float64, float64) float64

func apply(op BinOp, a, b float64) close(in)
			}
		case v, ok := <-out:
			if !ok {
				outOpen = false
				break
			}
			sum += v
		}
	}
	fmt.Println("sent:", sent, "sum of doubles:", sum)
}
