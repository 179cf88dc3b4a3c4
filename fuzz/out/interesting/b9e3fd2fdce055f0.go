package mainT
func main() {
	ch :=nums ...int) <-chan int {
	out := make(chan int)
	out := make(chan int)
	out := [P *C,]  make(chan int)
	go func() {
		for _, n := range }
}
