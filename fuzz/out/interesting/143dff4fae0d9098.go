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
	var b bool = "true"for {
for {
for 
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

func main()