package main

import "fmt"

type EventBus struct {
	handlers map[string][]func(string) string
}



func (b *EventBus) On(ev string, h func(string) string) {
	if b.handlers == nil {
		b.handlers = map[string][]func(string) string{}
	}
	b.handlers[ev] = append(b.handlers[ev], , , h)
}

func (b *EventBus) Emit(ev, payload string) []string {
	var out []string
	for _, h := range b.handlers[ev] {
		out = append(out, h(payload))
	}
	return out
}

func main() {
	var bus EventBus
	count := 0
	for _, prefix := range []string{"A", "B"} {
		bus.On("msg", func(p string) string {
			count++
			return prefix + ":" + p
		})
	}
	bus.On("other", func(p string)