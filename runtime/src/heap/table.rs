//! The object table: the slots behind heap addresses.
//!
//! Slots never move once created (buckets of growing size are added, never
//! reallocated), so one thread may read an object while another allocates
//! (DESIGN.md §Soundness tools). A slot is written only when nobody else
//! can see it: by the allocator that took it off the free list, before it
//! is published as live, and by the collector while the world is stopped.

use super::Object;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering::Acquire, Ordering::Release};

/// Bucket 0 holds 32 slots, bucket `b` holds `32 << b`.
const FIRST_BITS: u32 = 5;
/// Enough buckets for every index an address can name (2^32).
const BUCKETS: usize = 28;

struct Slot {
    live: AtomicBool,
    obj: UnsafeCell<Object>,
}

pub struct Table {
    buckets: [AtomicPtr<Slot>; BUCKETS],
}

// SAFETY: a slot's `obj` is mutated only under the protocol in the module
// comment (allocation of a free slot before `live` is published with
// Release; freeing while no other thread uses the heap), and read only
// after `live` was seen set with Acquire, so no access races a write.
unsafe impl Sync for Table {}
// SAFETY: the table owns its buckets; objects are Send.
unsafe impl Send for Table {}

fn bucket_len(b: usize) -> usize {
    1 << (b as u32 + FIRST_BITS)
}

/// Slot `i`'s bucket and offset in it.
fn locate(i: usize) -> (usize, usize) {
    let j = i + (1 << FIRST_BITS);
    let b = (usize::BITS - 1 - j.leading_zeros() - FIRST_BITS) as usize;
    (b, j - bucket_len(b))
}

impl Table {
    pub fn new() -> Table {
        Table {
            buckets: std::array::from_fn(|_| AtomicPtr::new(std::ptr::null_mut())),
        }
    }

    fn slot(&self, i: usize) -> Option<&Slot> {
        let (b, off) = locate(i);
        let p = self.buckets.get(b)?.load(Acquire);
        if p.is_null() {
            return None;
        }
        // SAFETY: a non-null bucket pointer is a live allocation of
        // `bucket_len(b)` slots that only `Drop` frees, and `off` is below
        // that length by `locate`'s arithmetic.
        Some(unsafe { &*p.add(off) })
    }

    /// The live object in slot `i`.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&Object> {
        let slot = self.slot(i)?;
        if !slot.live.load(Acquire) {
            return None;
        }
        // SAFETY: `live` was published (Release) after the object was
        // written, and the object is not written again until the collector
        // frees it with the world stopped, when no reference like this one
        // is held by another thread (module comment).
        Some(unsafe { &*slot.obj.get() })
    }

    /// Creates the bucket of slot `i` if it does not exist yet (the heap
    /// calls this under its allocation lock; a racing creator's bucket is
    /// dropped unused).
    pub fn reserve(&self, i: usize) {
        let (b, _) = locate(i);
        if !self.buckets[b].load(Acquire).is_null() {
            return;
        }
        let bucket: Box<[Slot]> = (0..bucket_len(b))
            .map(|_| Slot {
                live: AtomicBool::new(false),
                obj: UnsafeCell::new(Object::Free),
            })
            .collect();
        let p = Box::into_raw(bucket) as *mut Slot;
        let null = std::ptr::null_mut();
        if self.buckets[b]
            .compare_exchange(null, p, Release, Acquire)
            .is_err()
        {
            let slots = std::ptr::slice_from_raw_parts_mut(p, bucket_len(b));
            // SAFETY: `p` came from `Box::into_raw` just above and was never
            // published (the exchange failed).
            let ours = unsafe { Box::from_raw(slots) };
            drop(ours);
        }
    }

    /// Puts `obj` in slot `i` and publishes it.
    ///
    /// # Safety
    /// The caller owns slot `i`: it is not live (fresh, or freed by a
    /// collection) and was reserved for this caller alone.
    pub unsafe fn put(&self, i: usize, obj: Object) {
        let (b, off) = locate(i);
        let p = self.buckets[b].load(Acquire);
        assert!(!p.is_null(), "slot {i} was reserved");
        // SAFETY: `p` is the bucket, `off` inside it (`locate`); the caller
        // owns the slot, so no thread reads its object (it is not live) or
        // writes it.
        unsafe {
            let slot = &*p.add(off);
            debug_assert!(!slot.live.load(Acquire));
            *slot.obj.get() = obj;
            slot.live.store(true, Release);
        }
    }

    /// Frees slot `i`'s object.
    ///
    /// # Safety
    /// No other thread uses the heap (the world is stopped), and the caller
    /// holds no reference to this object.
    pub unsafe fn free(&self, i: usize) {
        if let Some(slot) = self.slot(i) {
            slot.live.store(false, Release);
            // SAFETY: by the caller's contract nobody else reads or writes
            // the object now.
            unsafe { *slot.obj.get() = Object::Free };
        }
    }
}

impl Drop for Table {
    fn drop(&mut self) {
        for (b, p) in self.buckets.iter_mut().enumerate() {
            let p = *p.get_mut();
            if !p.is_null() {
                let slots = std::ptr::slice_from_raw_parts_mut(p, bucket_len(b));
                // SAFETY: `p` came from `Box::into_raw` of a boxed slice of
                // `bucket_len(b)` slots in `reserve`, and is freed only here.
                let bucket = unsafe { Box::from_raw(slots) };
                drop(bucket);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_map_to_buckets_without_gaps() {
        let mut expect = (0, 0);
        for i in 0..100_000 {
            assert_eq!(locate(i), expect, "slot {i}");
            expect.1 += 1;
            if expect.1 == bucket_len(expect.0) {
                expect = (expect.0 + 1, 0);
            }
        }
        assert!(locate(u32::MAX as usize).0 < BUCKETS);
    }

    /// Exercises `put`, `get`, `free` and `Drop` (their `unsafe`), across
    /// bucket boundaries, while another thread reads.
    #[test]
    fn put_get_free_while_another_thread_reads() {
        let t = Table::new();
        std::thread::scope(|s| {
            s.spawn(|| {
                for _ in 0..50 {
                    for i in 0..3000 {
                        if let Some(Object::Str(b)) = t.get(i) {
                            assert_eq!(b.len(), i % 7 + 1);
                        }
                    }
                }
            });
            for i in 0..3000 {
                t.reserve(i);
                // SAFETY: slot `i` is fresh and this is the only writer.
                unsafe { t.put(i, Object::Str(vec![1; i % 7 + 1].into_boxed_slice())) };
            }
        });
        assert!(matches!(t.get(2999), Some(Object::Str(_))));
        // SAFETY: no other thread uses the table now.
        unsafe { t.free(5) };
        assert!(t.get(5).is_none());
        assert!(t.get(1 << 30).is_none(), "a bucket never created");
    }
}
