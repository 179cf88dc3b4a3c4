// Package errors, written in Go for minigo over three natives standing
// in for Go's reflectlite (runtime/src/natives/reflectlite.rs); New is a
// native too. Its exported API is compiler/stdlib/errors.go, Go's own (a
// test checks they agree).

package errors

// ErrUnsupported indicates that a requested operation cannot be performed, because it is unsupported.
var ErrUnsupported = New("unsupported operation")

// As finds the first error in err's tree that matches target, and if one is found, sets target to that error value and returns true.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkTarget(target)
	return walk(err, func(e error) bool {
		if assignTo(e, target) {
			return true
		}
		x, ok := e.(interface{ As(any) bool })
		return ok && x.As(target)
	})
}

// AsType finds the first error in err's tree that matches the type E, and if one is found, returns that error value and true.
func AsType[E error](err error) (E, bool) {
	var e E
	ok := As(err, &e)
	return e, ok
}

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	targetComparable := comparable(target)
	return walk(err, func(e error) bool {
		if targetComparable && e == target {
			return true
		}
		x, ok := e.(interface{ Is(error) bool })
		return ok && x.Is(target)
	})
}

// Join returns an error that wraps the given errors.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	// Join made it, so there is at least one error.
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}

// New returns an error that formats as the given text.
func New(text string) error

// Unwrap returns the result of calling the Unwrap method on err, if err's type contains an Unwrap method returning error.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// walk calls visit on err and on the errors it wraps, depth first as Go's
// Is and As go (Unwrap() error chains and Unwrap() []error trees), until
// visit says true.
func walk(err error, visit func(error) bool) bool {
	for {
		if visit(err) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err != nil && walk(err, visit) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// The natives behind Is and As (Go's reflectlite): whether target's
// dynamic type is comparable; As's checks of its target (Go's panics);
// storing err in *target when its type can hold it.
func comparable(target error) bool
func checkTarget(target any)
func assignTo(err error, target any) bool
