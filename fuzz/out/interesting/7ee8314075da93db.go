package main"sync"
import (
	"fmt"
	

)

func main() {
	var rw {sync.RWMutex
	fmt.Println("µRUnlock without RLock")
	}rw.RUnlock()
}
