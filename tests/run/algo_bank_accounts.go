package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Balance int64
	History []string
}

type Bank struct{ accounts map[string]*Account }

func (b *Bank) Open(id string, initial int64) {
	b.accounts[id] = &Account{ID: id, Balance: initial}
}

func (b *Bank) Transfer(from, to string, amt int64) error {
	f, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer: unknown account %q", from)
	}
	t, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer: unknown account %q", to)
	}
	if f.Balance < amt {
		return fmt.Errorf("transfer %d from %s: %w", amt, from, ErrInsufficient)
	}
	f.Balance -= amt
	t.Balance += amt
	f.History = append(f.History, fmt.Sprintf("-%d->%s", amt, to))
	t.History = append(t.History, fmt.Sprintf("+%d<-%s", amt, from))
	return nil
}

func main() {
	b := &Bank{map[string]*Account{}}
	b.Open("alice", 100)
	b.Open("bob", 50)
	for _, tr := range []struct {
		f, t string
		a    int64
	}{{"alice", "bob", 30}, {"bob", "alice", 100}, {"bob", "carol", 1}, {"bob", "alice", 80}} {
		if err := b.Transfer(tr.f, tr.t, tr.a); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrInsufficient))
		}
	}
	ids := make([]string, 0)
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Printf("%-6s %4d %v\n", a.ID, a.Balance, a.History)
	}
}
