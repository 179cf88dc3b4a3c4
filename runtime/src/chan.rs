//! Channels: the heap object behind a `chan T` value (Go's `hchan`).
//!
//! A channel is a ring of buffered elements (each `width` slots) plus two
//! wait queues of parked goroutines: receivers waiting for a value, and
//! senders waiting with the value they want to send. As in Go's chan.go,
//! a sender that finds a waiting receiver hands its value over directly
//! (no trip through the buffer), and a receiver that finds a waiting
//! sender on a full buffered channel takes the buffer's head and moves the
//! sender's value to its tail, so FIFO order holds.
//!
//! The operations themselves (which wake goroutines) live in
//! `sched::chanops`; this module is the data and what the GC must see.
//!
//! Channel state belongs to the scheduler (`Chans`, under its lock, with
//! the goroutines its queues name); the heap object of a `chan` value
//! holds only the channel's id, so a channel operation takes no lock of
//! its own.

use crate::heap::{Addr, ChanTracer, Heap, LayoutId, Layouts};
use std::collections::VecDeque;

/// A goroutine parked on a channel (Go's `sudog`).
#[derive(Debug, Clone)]
pub struct Waiter {
    /// The goroutine's slot in the scheduler's table.
    pub slot: usize,
    /// Its park generation: a waiter whose goroutine has since been woken
    /// (by another case of its select) is stale.
    pub gen: u64,
    /// The select case this waiter stands for (0 outside a select).
    pub case: u16,
    /// A sender's value (empty for receivers).
    pub vals: Vec<u64>,
}

#[derive(Debug)]
pub struct Chan {
    /// Slots per element.
    pub width: usize,
    /// The element's layout (`width` words), for the GC.
    pub layout: LayoutId,
    pub cap: usize,
    /// Buffered elements, flattened: `count * width` slots.
    pub buf: VecDeque<u64>,
    pub count: usize,
    pub closed: bool,
    pub recvq: VecDeque<Waiter>,
    pub sendq: VecDeque<Waiter>,
    /// A timer's channel (Go 1.23): one hidden buffer slot, but `len` and
    /// `cap` report 0 and Stop/Reset discard an undelivered value.
    pub timer: bool,
}

impl Chan {
    pub fn new(width: usize, layout: LayoutId, cap: usize) -> Chan {
        Chan {
            width,
            layout,
            cap,
            buf: VecDeque::new(),
            count: 0,
            closed: false,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
            timer: false,
        }
    }

    /// Appends an element to the buffer.
    pub fn push(&mut self, vals: &[u64]) {
        self.buf.extend(vals.iter().copied());
        self.count += 1;
    }

    /// Takes the buffer's first element.
    pub fn pop(&mut self) -> Vec<u64> {
        self.count -= 1;
        self.buf.drain(..self.width).collect()
    }

    /// `len(ch)` as Go reports it.
    pub fn len(&self) -> usize {
        if self.timer {
            0
        } else {
            self.count
        }
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// `cap(ch)` as Go reports it.
    pub fn go_cap(&self) -> usize {
        if self.timer {
            0
        } else {
            self.cap
        }
    }

    /// Removes every waiter of goroutine `slot` parked at generation `gen`
    /// (a select's other cases, once one of them fired).
    pub fn dequeue(&mut self, slot: usize, gen: u64) {
        self.recvq.retain(|w| !(w.slot == slot && w.gen == gen));
        self.sendq.retain(|w| !(w.slot == slot && w.gen == gen));
    }

    /// Every value the channel holds that may be a reference: buffered
    /// elements and blocked senders' values, by the element's layout.
    pub fn references(&self, layouts: &Layouts, out: &mut Vec<u64>) {
        let l = &layouts[self.layout as usize];
        if l.refs.is_empty() || self.width == 0 {
            return;
        }
        let mut elem = |vals: &mut dyn Iterator<Item = u64>| {
            for (i, v) in vals.enumerate() {
                if l.refs.contains(&((i % self.width) as u32)) {
                    out.push(v);
                }
            }
        };
        elem(&mut self.buf.iter().copied());
        for w in &self.sendq {
            elem(&mut w.vals.iter().copied());
        }
    }
}

/// Every live channel, by id (the scheduler's).
#[derive(Default)]
pub struct Chans {
    slots: Vec<Option<Chan>>,
    free: Vec<u32>,
}

impl Chans {
    /// A new channel's heap object.
    pub fn make(&mut self, heap: &Heap, ch: Chan) -> Addr {
        let bytes = 96 + ch.cap * ch.width * 8;
        let id = match self.free.pop() {
            Some(id) => {
                self.slots[id as usize] = Some(ch);
                id
            }
            None => {
                self.slots.push(Some(ch));
                self.slots.len() as u32 - 1
            }
        };
        heap.alloc_chan(id, bytes)
    }

    /// The channel behind the `chan` value `addr` (`None` for nil).
    pub fn get(&mut self, heap: &Heap, addr: Addr) -> Option<&mut Chan> {
        let id = heap.chan_id(addr)?;
        self.slots.get_mut(id as usize)?.as_mut()
    }

    pub fn peek(&self, heap: &Heap, addr: Addr) -> Option<&Chan> {
        let id = heap.chan_id(addr)?;
        self.slots.get(id as usize)?.as_ref()
    }
}

impl ChanTracer for Chans {
    fn references(&self, id: u32, layouts: &Layouts, out: &mut Vec<u64>) {
        if let Some(Some(c)) = self.slots.get(id as usize) {
            c.references(layouts, out);
        }
    }

    fn free(&mut self, id: u32) {
        if let Some(slot @ Some(_)) = self.slots.get_mut(id as usize) {
            *slot = None;
            self.free.push(id);
        }
    }
}
