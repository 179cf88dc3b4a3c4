package main

func main(args []string) int {
	return 0
}

func init() int { return 1 }
