package main

import "fmt"

type Config struct{ vals map[string]string }

func (c *Config) Get(k string) string { return c.vals[k] }

func load(ok bool) *Config {
	if ok {
		return &Config{map[string]string{"a": "1"}}
	}
	return nil
}

func main() {
	fmt.Println(load(true).Get("a"))
	fmt.Println(load(false).Get("a"))
}
