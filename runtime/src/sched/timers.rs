//! Timers: one min-heap of deadlines that the scheduling loop polls (Go's
//! per-P timer heap, time.go). A timer is an id; the heap holds
//! `(when, id)` and entries that were stopped or reset are skipped when
//! they surface (lazy deletion), so Stop and Reset are O(log n).

use super::{Sched, Wake};
use crate::heap::{Addr, Heap};
use crate::program::Program;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::time::Duration;

/// Nanoseconds on the monotonic clock (the one `time.Now` reads).
pub fn now() -> i64 {
    crate::natives::time::monotonic_nanos()
}

/// What a timer does when it fires.
#[derive(Debug, Clone)]
pub enum Action {
    /// Wakes a sleeping goroutine (`time.Sleep`).
    Wake { slot: usize, gen: u64 },
    /// Sends the current time on a timer's channel, without blocking
    /// (`time.After`, `NewTimer`, `NewTicker`); `period > 0` repeats.
    Send { chan: Addr, period: i64 },
    /// Runs a func value in a new goroutine (`time.AfterFunc`).
    Func { closure: Addr },
}

#[derive(Default)]
pub struct Timers {
    heap: BinaryHeap<Reverse<(i64, u64)>>,
    /// Live timers: deadline and action.
    live: HashMap<u64, (i64, Action)>,
    next: u64,
}

impl Timers {
    /// Adds a timer firing at `when`; returns its id (never 0).
    pub fn add(&mut self, when: i64, action: Action) -> u64 {
        self.next += 1;
        let id = self.next;
        self.live.insert(id, (when, action));
        self.heap.push(Reverse((when, id)));
        id
    }

    /// Stops timer `id`; whether it was pending.
    pub fn stop(&mut self, id: u64) -> bool {
        let was = self.live.remove(&id).is_some();
        self.compact();
        was
    }

    /// Moves a pending or fired timer to fire at `when` with `action`;
    /// whether it was pending.
    pub fn reset(&mut self, id: u64, when: i64, action: Action) -> bool {
        let was = self.live.insert(id, (when, action)).is_some();
        self.heap.push(Reverse((when, id)));
        self.compact();
        was
    }

    /// Rebuilds the heap when stale entries (of stopped or reset timers)
    /// outnumber the live ones: a timer reset in a loop stays O(1) in
    /// memory.
    fn compact(&mut self) {
        if self.heap.len() > 2 * self.live.len() + 64 {
            self.heap = self
                .live
                .iter()
                .map(|(&id, &(when, _))| Reverse((when, id)))
                .collect();
        }
    }

    /// After a collection: timers whose channel nobody can receive from
    /// any more are dropped, as Go 1.23 collects unreferenced timers (a
    /// `time.After` in a loop costs nothing once its select is done).
    pub fn sweep(&mut self, heap: &Heap) {
        let before = self.live.len();
        self.live.retain(|_, (_, a)| match a {
            Action::Send { chan, .. } => heap.chan_id(*chan).is_some(),
            _ => true,
        });
        if self.live.len() != before {
            self.compact();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.live.is_empty()
    }

    /// How long until the next timer is due (zero if one is); `None` when
    /// no timer is pending.
    pub fn until_next(&mut self) -> Option<Duration> {
        self.clean();
        let Reverse((when, _)) = *self.heap.peek()?;
        Some(Duration::from_nanos((when - now()).max(0) as u64))
    }

    /// Drops heap entries of stopped or reset timers from the top.
    fn clean(&mut self) {
        while let Some(&Reverse((when, id))) = self.heap.peek() {
            if self.live.get(&id).is_some_and(|(w, _)| *w == when) {
                return;
            }
            self.heap.pop();
        }
    }

    /// The action of a due timer, removed (a periodic one is re-armed).
    pub fn pop_due(&mut self) -> Option<Action> {
        self.clean();
        let &Reverse((when, id)) = self.heap.peek()?;
        if when > now() {
            return None;
        }
        self.heap.pop();
        let (_, action) = self.live.remove(&id)?;
        if let Action::Send { period, .. } = action {
            if period > 0 {
                let next = when + period;
                // A ticker that fell behind drops ticks, as Go's does.
                let next = if next <= now() { now() + period } else { next };
                self.live.insert(id, (next, action.clone()));
                self.heap.push(Reverse((next, id)));
            }
        }
        Some(action)
    }

    /// Whether timer `id` is pending.
    pub fn pending(&self, id: u64) -> bool {
        self.live.contains_key(&id)
    }

    /// What pending timers keep alive: AfterFunc's functions. A timer's
    /// channel is not kept alive by the timer (see `sweep`).
    pub fn roots(&self, out: &mut Vec<u64>) {
        for (_, a) in self.live.values() {
            if let Action::Func { closure } = a {
                out.push(*closure);
            }
        }
    }
}

/// Does what a due timer says.
pub fn fire(s: &mut Sched, prog: &Program, heap: &Heap, action: Action) {
    match action {
        Action::Wake { slot, gen } => {
            if s.is_parked(slot, gen) {
                s.ready(heap, slot, Wake::default());
            }
        }
        Action::Send { chan, .. } => {
            let t = crate::natives::time::now();
            super::chanops::send_nonblocking(s, heap, chan, &t);
        }
        Action::Func { closure } => {
            s.go(prog, heap, closure, &[], super::Creation::TIMER);
        }
    }
}
