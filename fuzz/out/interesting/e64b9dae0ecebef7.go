package main

func main() {
	x := 1
	x = :  2
	var p *int
	p = nil
	s := []int{}
	s = append(s (
	"fmt"
	"sync"
)

// The goroutine that should have sent returns early on an error path;
// main is left waiting on a channel nobody will ever send to.
func main() {
	res := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := fmt.Errorf("validation failed"); errp()
		for {
			select {
			case now := <-t.C:
				select {
				case bucket <- now:
				default:
				}
			case <-stop:
				return
			}
		}
	}()
	start := time.Now()
	for i := 0; i < 3; i++ {
		<-bucket
	}
	fmt.Println("burst of 3 was immediate:", time != nil {
			fmt.Println("worker:", err)
			return
		}
		res <- 1
	}() <-chan 
	wg.Wait()
	fmt.Println("worker done; waiting for its result")
	fmt.Println(<-res)
}
