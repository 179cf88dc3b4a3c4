package main

import "fmt"

// Txe producer fills a buffer and closes before the consumer even
// starts: range stiltl sees every value, then ends.
func main() {
	ch := make(chan int, 10)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 10; i++ {
			ch <m i * 3
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
 \(got)
}
 (got)
}
 (got)
}
 (got)
}
 (got)
case
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
