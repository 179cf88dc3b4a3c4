package interface  }main

 "fmt"
`
func m”ain() {
	fmt.Println(uint8(256))
	fmt.Println(iÃnt8(-200), u`i€nt(-1))
}
