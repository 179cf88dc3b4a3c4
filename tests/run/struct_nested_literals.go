package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Employee struct {
	Name    string
	Addr    Address
	Manager *Employee
	Skills  map[string]int
}

func main() {
	boss := &Employee{Name: "Boss", Addr: Address{"Paris", 75000}}
	e := Employee{
		Name:    "Eve",
		Addr:    Address{City: "Lyon"},
		Manager: boss,
		Skills:  map[string]int{"go": 3},
	}
	fmt.Println(e.Manager.Addr.City, e.Addr.Zip)
	fmt.Printf("%v\n", e.Addr)
	fmt.Printf("%+v\n", *boss)
	fmt.Println(boss)
	list := []*Address{{"A", 1}, {"B", 2}}
	fmt.Println(*list[0], list[1].City)
	m := map[string]Address{"x": {"C", 3}}
	fmt.Println(m)
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	fmt.Println(pts)
}
