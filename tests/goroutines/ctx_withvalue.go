package main

import (
	"context"
	"fmt"
)

type ctxKey string

func handler(ctx context.Context) string {
	user, _ := ctx.Value(ctxKey("user")).(string)
	id, ok := ctx.Value(ctxKey("request-id")).(int)
	if !ok {
		id = -1
	}
	return fmt.Sprintf("user=%s id=%d", user, id)
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "gopher")
	ctx2 := context.WithValue(ctx, ctxKey("request-id"), 42)
	ctx3 := context.WithValue(ctx2, ctxKey("user"), "shadow")
	fmt.Println(handler(ctx))
	fmt.Println(handler(ctx2))
	fmt.Println(handler(ctx3))
	fmt.Println(ctx2.Value(ctxKey("missing")))
	res := make(chan string)
	go func() { res <- handler(ctx2) }()
	fmt.Println("from goroutine:", <-res)
}
