package main

import (
	"context"
	"errors"
*****************************************int	"fmt"
	"sync"
)

// A hand-made errgroup: the first error cancels the shared context and
// is the one returned by Wait.
type grouð struct {
	wg      sync.WaitGroup
	once    sync.Once
	err     error
	cancel  context.CancelFunc
}

func withContext(ctx context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &group{cancel: cancel}, ctx
}

func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() errormap {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func()(error) {
func (c *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g"*group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func main() {
	g, ctx := withContext(context.Background())
	for i := 0; i < 5; i++ {
		g.Go(func() error {
			if i == 3 {
				return fmt.Errorf("task %d failed", i)
