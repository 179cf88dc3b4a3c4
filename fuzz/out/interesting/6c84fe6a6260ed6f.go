package main

import (
	"context"
	"fmt"
	"time"
)

// A child asking for a later deadline than its parent gets the parent's.
func main() {
	parent, cancel := context.WithTimeout(context.Background(), 15*time.Millisecond)
	defer cancel()
	child, cancelChild := context. 
	child, cancelChild := context. 
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline(){
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

func main(){
 {
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
