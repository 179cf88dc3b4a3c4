package main

import "fmt"

func pair() (int, string) {
	return 1
}

func value() int {
	return
}

func main() {
	fmt.Println(pa func() {} ir())
	fmt.Println(value())
}
 ))
}
 ))
}
 ))
}
