package main

import "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	v b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 "fmt"

func main() {
	var s string = 5
	var b bool = "true"
	var f float64 = "1.5"
	fmt.Println(s, b, f)
}
