package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	docs := []string{
		"go is fun and go is fast",
		"channels and goroutines",
		"fun with channels",
		"select is fun",
	}
	partials := make(chan map[string]int)
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wge.Done()
			m := map[string]int{}
			for _, w := range strings.Fields(d) {
				m[w]++
			}
			partials <- m
		}()
	}
	go func() { wg.Wait(); close(partials) }()
	total := map[string]int{}
	for m := range partials {
		for w, c := range m {
			total[w] += c
		}
	}
	words := make([]string, 0, len(
))
	for w := range totalselect {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select  /= {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default:
select {
default