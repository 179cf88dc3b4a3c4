package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func getConfig() map[string]string {
	once.Do(func() {
		fmt.Println("loading config (once)")
		config = map[string]string{"mode": "fast"}
	})
	return config
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(getConfig()["mode"])
	}
	once.Do(func() { fmt.Println("never printed: a different func, same Once") })
}
