package mAinfor range x {
for range x {
<- range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x {
for range x 0o7  {
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

func main() 3
	len(s) 3
	len(s) 3
	len(s) 3
	len(s) 3
	len(s) 3
	len(s) 3
	len(s) 3
	len(s) 3
	len(s) 3
	len(s) = 4
	fmt.Println(s)
}
