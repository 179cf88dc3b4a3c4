package main

import (
	"fmt"
	"os"
	str "strconv"
	"strings"
	_ "sort"
)

func main() {
	fmt.Println("three unused imports")
}
