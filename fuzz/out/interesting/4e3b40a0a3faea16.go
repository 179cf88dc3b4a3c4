package mainfor range x {
for range x {
<- range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {

import (
	"fmt"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"
	"runtime"- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! "runtime"- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! "runtime"- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! "runtime"- ! ^ +  <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & for- ! ^ + + + + + + + + + + + * & <-- ! ^ + * & <-- ! ^ + * & <-- <-- ! ^ + * & <-- ! ^ + *  <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * 0 }

func main() {
	c"
	s[0] = 'H'
	f() = 3
	len(s) = 4
	fmt.Println(s)
}
