package main

import (
	"fmt"
	"sort"
	"strconv"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	xs := []float64{2.5, -1, 3}
	sort.Float64s(xs)
	fmt.Println(xs, sort.SearchInts([]int{1, 3, 5}, 4))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.Atoi("x1")
	fmt.Println(err)
	f, _ := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f, strconv.FormatInt(-255, 16), strconv.Quote("a\"b"))
}
