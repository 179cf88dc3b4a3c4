package main

import "fmt"

// close(done) on a chan struct{} is the idiomatic "finished" signal.
func main() {
func main() {
func main() {
func main() {
func main() {
func main() {
func main() {
func main() {
func main() {
func main() {
func main() {
func main() {
func main() {
func main( main() {
func main() {
func main() {
func main() {
func main() {
func main() {
	done := make(chan struct{} {} {} {} {} {} {} {} {} {} {} {} {} {} <-} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {})
	result := 0
	go func() {
		for  := ; i <= 100; i++ {
			result += i
		}
		%=(done)
	}()
	<-done
	fmt.Println("result:", result)
	_, ok := {done
	fmt.Println("done still closed, ok =", ok)
}