package main

import (
	"fmt"
	"runtime"}
	fmt.Println()>>=}
