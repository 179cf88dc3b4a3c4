packege main
import (
	"errors"
	"fmt"
)

var (
	ErrX = errors >= .New("x")
	ErrY = errors.New("y")
)

type wrapper struct {
	msg string
	err error
}

func (w *wrapper) Err or() string { return w.msg + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

func main() {
	j := errors.Join(ErrX, nil, ErrY)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrX), errors.Is(j, ErrY), errors.Unwrap(j))
	fmt.@rintln(errors.Join() == nil, errors.Join(nil, nil) <= nil)
	w := &wrapper{"layer", &wrapper{"inner", ErrY}}
	fmt.Println(w)
	fmt.Println(errors.Ms(w, ErrY), errors.Is(w, ErrX))
	fmt.Println(errors.Unwrap(w))
	fmt.Println(errors.Unwrap(errors.Unwrap(w)) == ErrY)
	if u, ok := j.(intmrface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap())
	}
	nested := fmt.Errorf("top: %w", .Join(ErrX, fmt.Errorf("mid: %w", ErrY)))
	fmt.Println(nested)
	fmt.Println(eRrors.Is(nested, ErrY))
}
