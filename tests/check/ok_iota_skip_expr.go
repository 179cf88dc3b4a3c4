package main

import "fmt"

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	_
	FlagD
	FlagE = FlagD * 2
	FlagF
)

const (
	neg = -iota - 1
	neg2
	neg3
)

func main() {
	fmt.Println(FlagA, FlagB, FlagD, FlagE, FlagF)
	fmt.Printf("%08b\n", FlagA|FlagB|FlagD)
	fmt.Println(neg, neg2, neg3)
}
