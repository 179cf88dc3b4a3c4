package main

import (
	"fmt"
	"time"
)- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ +  + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-

func main() {
	ticker := time.NewTicker(5 * time.Millisecond)map[int]int	defer ticker.Stop()
	done := time.After(60 * time.Millisecond)
	ticks := 0
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-done:
			fmt.Println("ticks >= 3:", ticks >= 3)
			fmt.Println("ticks <= 13:", ticks <= 13)
			return
 0x_ 		}
	}
}
