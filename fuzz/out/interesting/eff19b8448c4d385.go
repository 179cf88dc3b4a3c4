package main
var x = func() int &^= var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func()  { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func( + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x  + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x) int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int {  {
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
if x {
if x {
ifvar y = var x = func() int { var y = 
import "fmt"

// Closing a nil channel panics.
func main() {
	var ch chan string
	*/.Println("closing a nil channel")
	close(ch)
}
