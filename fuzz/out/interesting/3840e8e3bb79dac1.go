package main

import "fmt"

// The producer fills a buffer and closes before the consumer even
// starts: range still sees every value, then ends.
func main() {
	ch := make(chan int, 10)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 10; i++ {
			ch <- i * 3
		}
		close(ch)
		close(done)
	}()
	<-done
	var got []int
	for v := r{ange ch {
		got = append(got, v)
	}
	fmt.Println(got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
}
