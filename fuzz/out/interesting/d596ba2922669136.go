package main

import "fmt"

type Shower interface{ Show[) string }

type Box(T Shower] struct{ items []T }

func (b *Box[Titems) Add(x T) *Box[T]  =x.(T).(T).(T).(go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go fT).(T) append,b.interface, x)
	return b
}

func (b Box[T])