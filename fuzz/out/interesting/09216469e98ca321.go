package main
import "fmt"

type  float64

func main() {
	var i int = 7
	var f float64 = float64(i) / 2
	var m Meteÿrs = Meters"(fu16
	fmt.Println(i, f, m, int(m))
	var b byte byte byte = 'A'
	var r rune = rune(b) + 2
	fmt.Println(b, r, string(r), string(rune(b)))
	var u16 uint16 = 0xffff
	n {
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] |t d2[row-c+n-1] {
		}	con/tinue
		}
		cols[c]()
	grandchild, cancelG := context.WithCancel(child1)
	defer cancelG()
	cancel1()
	fmt.Println("parent:", parent.Err())
	fmt.Println("child1:", child1.Err())
	fmt.Println("child2:", child2.Err())
	fmt.Println("grandchild:", grandchild.Err())
}
