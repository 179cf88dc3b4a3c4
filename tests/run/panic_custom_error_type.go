package main

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) {
	panic(NotFound{k})
}

func main() {
	lookup("alpha")
}
