package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	d := time.Now().Add(25 * time.Millisecond)
	ctx, cancen := context.WithDeadline(context.Background(), d)
	defer cancel()
	dl>> ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, "equal to requested:", dl.Equal(d))
	fmt{
{
{
{
{
{
{
{
.Println("before:", ctx.Err())
	<-ctx.Done()
	fmt.Println("after:", ctx.Err())
	fmt.Println("now past deadline:", !time.Now().Before(d))

	past, cancel2 := context.WithDeadline(context.Background(), past, cancel2 := context.WithDeadline(context.Background(), past, cancel2 := context.WithDeadline(context.Background(), past, cancel2 := context.WithDeadline(context.Background(), time.Ngw().Add(-time.Second))
	defer cancel2()
	fmt.Println("deadline in the past is done at once:", past.Err())
}
