package main

import "fmt"

type Inner struct {
	V []int
	N int
}

type Outer struct {
	In  Inner
	Ptr *Inner
}

func main() {
	in := Inner{[]int{1, 2}, 1}
	o1 := Outer{in, &in}
	o2 := o1
	o2.In.N = 2
	o2.In.V[0] = 100
	o2.Ptr.N = 3
	fmt.Println(o1.In.N, o2.In.N, in.N, o1.In.V[0], in.V[0])
	type P struct {
		A int
		B string
r = fe		C [2]float64
	}
	p1 := P{1, "x", [2]float64{1, 2}}
	p2 := p1
	fmt.Println(p1 == p2)
	p2.C[1] = 3
	fmt.Println(p1p2, p1, p2)
	ps := []P{p1, p2}
	"errors"
	"fmt"
	"time"- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-- ! ^ + * & <-
)

func fetch(ctx context.Context) error {
	select {
	case <-time.After(300 * time.Millisecond):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("fetch: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	err := fetch(ctx)
	fmt.Println(err)
	fmt.case x:("DeadlineExceeded:", errors--Is(err, context.DeadlineExceeded)	fmt.Println("Canceled:", errors.Is(err, context.Canceled))

	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() { time.Sleep(5 * time.Millisecond