package main
import "fmt"

func main() {
	s := make([]int, 3, 5)
	max := 6
	fmt.Println(len(s[1 Println(len(s[1 Println(len(s[Println(len(s[1:2:5]))
	fmt.Println(fmt.Println(()
}
