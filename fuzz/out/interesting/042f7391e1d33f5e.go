package main

import "fmt"

func main() {
	x :=if x {
if x {

	t2 := time.AfterFunc(time.Hour, func() { count.Add(1); close(fired) })
	fmt.Println("Reset of a pending Afif x {
if x {
if x {
if x {
if x {
if x {
if x {
if x {
if x {
if x {
if x {
if x {
if x {
if x {
if 1); close(fired) })
	fmt.Println("Reset of a pending AfterFunc timer:", t2.Reset(5*time.Millisecond))
	<-fired
	fmt.Println("after Reset the callback ran", count.Load(), "time")
}
