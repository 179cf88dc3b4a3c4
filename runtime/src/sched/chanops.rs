//! Channel operations (Go's chan.go and select.go): what happens when the
//! running goroutine sends, receives, closes or selects. Each returns
//! whether the operation completed or the goroutine must park; a parked
//! goroutine is completed later by whoever wakes it (`Sched::ready` with
//! a `Wake`), never by retrying.

use super::{GTable, Sched, Wake};
use crate::chan::Waiter;
use crate::heap::{Addr, Heap};

/// How a channel operation by the running goroutine went.
#[derive(Debug)]
pub enum Outcome {
    /// Done: a receive's value and `ok`.
    Done { vals: Vec<u64>, ok: bool },
    /// The goroutine must park (it is queued on the channel) with this
    /// wait reason.
    Park(&'static str),
    /// Go's panic (`send on closed channel`, ...), a `runtime.Error`.
    Panic(&'static str),
}

/// Pops the first waiter whose goroutine is still parked for it.
fn first_live(gs: &GTable, q: &mut std::collections::VecDeque<Waiter>) -> Option<Waiter> {
    while let Some(w) = q.pop_front() {
        if gs.is_parked(w.slot, w.gen) {
            return Some(w);
        }
    }
    None
}

/// `ch <- vals` by the running goroutine (`slot`, parking at `gen`).
pub fn send(s: &mut Sched, heap: &Heap, ch: Addr, vals: &[u64], slot: usize, gen: u64) -> Outcome {
    if ch == 0 {
        return Outcome::Park("chan send (nil chan)");
    }
    match try_send(s, heap, ch, vals) {
        Some(Ok(())) => Outcome::Done {
            vals: Vec::new(),
            ok: true,
        },
        Some(Err(msg)) => Outcome::Panic(msg),
        None => {
            let c = s.chans.get(heap, ch).expect("a channel");
            c.sendq.push_back(Waiter {
                slot,
                gen,
                case: 0,
                vals: vals.to_vec(),
            });
            Outcome::Park("chan send")
        }
    }
}

/// A send that completes now, if it can: `None` when it would block.
fn try_send(
    s: &mut Sched,
    heap: &Heap,
    ch: Addr,
    vals: &[u64],
) -> Option<Result<(), &'static str>> {
    let c = s.chans.get(heap, ch).expect("a channel");
    if c.closed {
        return Some(Err("send on closed channel"));
    }
    if let Some(w) = first_live(&s.gs, &mut c.recvq) {
        s.ready(
            heap,
            w.slot,
            Wake {
                case: w.case,
                vals: vals.to_vec(),
                ok: true,
                closed: false,
            },
        );
        return Some(Ok(()));
    }
    if c.count < c.cap {
        c.push(vals);
        return Some(Ok(()));
    }
    None
}

/// A timer's send: drops the value when the buffer is full.
pub fn send_nonblocking(s: &mut Sched, heap: &Heap, ch: Addr, vals: &[u64]) {
    if heap.chan_id(ch).is_some() {
        let _ = try_send(s, heap, ch, vals);
    }
}

/// `<-ch` by the running goroutine.
pub fn recv(s: &mut Sched, heap: &Heap, ch: Addr, slot: usize, gen: u64) -> Outcome {
    if ch == 0 {
        return Outcome::Park("chan receive (nil chan)");
    }
    match try_recv(s, heap, ch) {
        Some((vals, ok)) => Outcome::Done { vals, ok },
        None => {
            let c = s.chans.get(heap, ch).expect("a channel");
            c.recvq.push_back(Waiter {
                slot,
                gen,
                case: 0,
                vals: Vec::new(),
            });
            Outcome::Park("chan receive")
        }
    }
}

/// A receive that completes now, if it can.
fn try_recv(s: &mut Sched, heap: &Heap, ch: Addr) -> Option<(Vec<u64>, bool)> {
    let c = s.chans.get(heap, ch).expect("a channel");
    let sender = first_live(&s.gs, &mut c.sendq);
    let vals = if !c.is_empty() {
        // A sender blocked on the full buffer moves its value in.
        let head = c.pop();
        if let Some(w) = &sender {
            c.push(&w.vals);
        }
        head
    } else if let Some(w) = &sender {
        // Unbuffered: straight from the sender.
        w.vals.clone()
    } else if c.closed {
        return Some((vec![0; c.width], false));
    } else {
        return None;
    };
    if let Some(w) = sender {
        let wake = Wake {
            case: w.case,
            ok: true,
            ..Wake::default()
        };
        s.ready(heap, w.slot, wake);
    }
    Some((vals, true))
}

/// `close(ch)`: wakes every receiver (with the zero value, `ok` false)
/// and every sender (which then panics).
pub fn close(s: &mut Sched, heap: &Heap, ch: Addr) -> Result<(), &'static str> {
    let Some(c) = s.chans.get(heap, ch) else {
        return Err("close of nil channel");
    };
    if c.closed {
        return Err("close of closed channel");
    }
    c.closed = true;
    let width = c.width;
    let recvq = std::mem::take(&mut c.recvq);
    let sendq = std::mem::take(&mut c.sendq);
    let receivers = recvq.into_iter().map(|w| {
        let vals = vec![0; width];
        let wake = Wake {
            case: w.case,
            vals,
            ..Wake::default()
        };
        (w, wake)
    });
    let senders = sendq.into_iter().map(|w| {
        let wake = Wake {
            case: w.case,
            closed: true,
            ..Wake::default()
        };
        (w, wake)
    });
    for (w, wake) in receivers.chain(senders) {
        if s.is_parked(w.slot, w.gen) {
            s.ready(heap, w.slot, wake);
        }
    }
    Ok(())
}

/// One case of a select, evaluated.
pub struct Case {
    pub chan: Addr,
    /// A send case's value; `None` for a receive.
    pub send: Option<Vec<u64>>,
}

/// How a select went.
pub enum Selected {
    /// Case `index` completed now (a receive's value and `ok`).
    Now {
        index: usize,
        vals: Vec<u64>,
        ok: bool,
    },
    /// No case was ready and the select has a default.
    Default,
    /// The goroutine is queued on every case's channel and must park.
    Park(&'static str),
    Panic(&'static str),
}

/// `select`: cases polled in a uniformly random order (Go's pollorder);
/// the first ready one runs. Otherwise the default, or the goroutine is
/// queued on all the channels at once and parks.
pub fn select(
    s: &mut Sched,
    heap: &Heap,
    cases: &[Case],
    has_default: bool,
    slot: usize,
    gen: u64,
    waiting_on: &mut Vec<Addr>,
) -> Selected {
    // Fisher-Yates over the non-nil cases.
    let mut order: Vec<usize> = (0..cases.len()).filter(|&i| cases[i].chan != 0).collect();
    for i in (1..order.len()).rev() {
        let j = (s.rand() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    for &i in &order {
        let c = &cases[i];
        match &c.send {
            Some(vals) => match try_send(s, heap, c.chan, vals) {
                Some(Ok(())) => {
                    return Selected::Now {
                        index: i,
                        vals: Vec::new(),
                        ok: true,
                    }
                }
                Some(Err(msg)) => return Selected::Panic(msg),
                None => {}
            },
            None => {
                if let Some((vals, ok)) = try_recv(s, heap, c.chan) {
                    return Selected::Now { index: i, vals, ok };
                }
            }
        }
    }
    if has_default {
        return Selected::Default;
    }
    if cases.is_empty() {
        return Selected::Park("select (no cases)");
    }
    for &i in &order {
        let c = &cases[i];
        let ch = s.chans.get(heap, c.chan).expect("a channel");
        let w = Waiter {
            slot,
            gen,
            case: i as u16,
            vals: c.send.clone().unwrap_or_default(),
        };
        if c.send.is_some() {
            ch.sendq.push_back(w);
        } else {
            ch.recvq.push_back(w);
        }
        if !waiting_on.contains(&c.chan) {
            waiting_on.push(c.chan);
        }
    }
    Selected::Park("select")
}
