//! The garbage-collected heap: a table of objects addressed virtually, and
//! a precise stop-the-world mark-sweep collector.
//!
//! An address is `(object index + 1) << 32 | byte offset`; 0 is nil. Any
//! interior address (`&x.f`, `&a[i]`, a substring) names its object in O(1)
//! through the table, and every access is bounds-checked against the
//! object, so a racy Go program (a torn slice header, a stale interface
//! payload) can read garbage or panic but never touch memory outside the
//! heap.
//!
//! Objects are of three kinds: word arrays (structs, arrays, slice backing
//! arrays of word-sized elements, boxed variables, closures), byte arrays
//! (backing arrays of `[]byte`/`[]bool`/`[]int8`, one byte per element as in
//! Go), and immutable strings. Maps and channels are objects with a lock
//! each (`gomap.rs`, `chan.rs`). Mutable memory is atomic words/bytes
//! (relaxed: plain moves on x86).
//!
//! **Threads.** The heap is shared by every M (`&Heap`): the object table
//! (`table.rs`) never moves a slot, allocation takes one short lock, and
//! objects are freed only by a collection while the world is stopped. The
//! world lock says who may use the heap: each M holds `enter()`'s guard
//! while it runs goroutines, and `stop_world()` waits until no M does —
//! every other M is then at a safe point holding no reference into an
//! object.
//!
//! Word arrays carry a layout (which words of each element are
//! references), the GC's pointer map. A reference word may hold a value that
//! is not an address (an interface payload that is an integer): marking
//! validates every candidate against the table and ignores non-addresses.

mod table;

use crate::gomap::GoMap;
use parking_lot::{Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering::Relaxed};

pub type Addr = u64;
pub type LayoutId = u32;

/// Which words of an element hold references (the GC's pointer map).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Layout {
    /// Words per element.
    pub words: usize,
    /// Indexes (within an element) of the words that may be references.
    pub refs: Vec<u32>,
}

/// Registered layouts, by id: append-only, read without a lock.
pub type Layouts = boxcar::Vec<Layout>;

/// The layout every program has at id 0: one scalar word.
pub const SCALAR: LayoutId = 0;

pub enum Object {
    Free,
    Words {
        words: Box<[AtomicU64]>,
        elem: LayoutId,
    },
    Bytes(Box<[AtomicU8]>),
    Str(Box<[u8]>),
    Map(Box<RwLock<GoMap>>),
    /// A channel: its state is the scheduler's (`chan::Chans`), by id.
    Chan {
        id: u32,
        bytes: u32,
    },
}

impl Object {
    fn size(&self) -> usize {
        match self {
            Object::Free => 0,
            Object::Words { words, .. } => words.len() * 8,
            Object::Bytes(b) => b.len(),
            Object::Str(b) => b.len(),
            Object::Map(m) => m.read_recursive().approx_bytes(),
            Object::Chan { bytes, .. } => *bytes as usize,
        }
    }
}

/// Counters, as `runtime.ReadMemStats` will report them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Bytes allocated and not yet freed (as of the last collection, plus
    /// everything allocated since).
    pub live_bytes: u64,
    pub total_alloc: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub num_gc: u32,
    pub next_gc: u64,
}

/// The allocator's and collector's bookkeeping, behind one lock.
struct Alloc {
    free: Vec<u32>,
    /// One mark per slot created so far.
    marked: Vec<bool>,
    stats: Stats,
    /// GOGC: the heap may grow by this percentage of the live heap before
    /// the next collection (Go's default 100).
    gogc: u64,
    /// Objects that are always live (string literals).
    pinned: Vec<u32>,
}

pub struct Heap {
    /// Tells this heap's slot reservations from another's (`SlotCache`).
    id: u64,
    layouts: Layouts,
    /// Serializes layout registration (deduplication).
    layout_lock: Mutex<()>,
    table: table::Table,
    alloc: Mutex<Alloc>,
    /// The live heap passed the next collection's goal.
    gc_due: AtomicBool,
    /// Collections so far (`Stats::num_gc`, read without the lock).
    gc_epoch: std::sync::atomic::AtomicU32,
    /// Every thread's allocation counters.
    counts: Mutex<Vec<std::sync::Arc<ThreadCounts>>>,
    /// Held shared by every thread using the heap, exclusively to collect.
    world: RwLock<()>,
    stop_wanted: AtomicBool,
}

/// A thread's right to use the heap (see the module comment).
pub type Mutator<'a> = RwLockReadGuard<'a, ()>;

/// The world is stopped: no other thread uses the heap.
pub struct Stopped<'a>(RwLockWriteGuard<'a, ()>);

/// Go's fatal errors for a map used by two goroutines at once.
pub const CONCURRENT_MAP_WRITES: &str = "concurrent map writes";
pub const CONCURRENT_MAP_READ_WRITE: &str = "concurrent map read and map write";
pub const CONCURRENT_MAP_ITERATION_WRITE: &str = "concurrent map iteration and map write";

/// A map locked for reading or writing.
pub type MapRef<'a> = RwLockReadGuard<'a, GoMap>;
pub type MapMut<'a> = parking_lot::RwLockWriteGuard<'a, GoMap>;

/// What the collector needs from the owner of channel state (the
/// scheduler): a channel's references, and word that one died.
pub trait ChanTracer {
    /// The values channel `id` holds that may be references.
    fn references(&self, id: u32, layouts: &Layouts, out: &mut Vec<u64>);
    /// Channel `id`'s object died.
    fn free(&mut self, id: u32);
}

/// For heaps without channels (tests, the compiler's constant heap).
pub struct NoChans;

impl ChanTracer for NoChans {
    fn references(&self, _: u32, _: &Layouts, _: &mut Vec<u64>) {}
    fn free(&mut self, _: u32) {}
}

/// Slots a thread reserves at a time: allocation takes the heap's lock
/// once per this many objects (or `FLUSH_BYTES`), not per object.
const SLOT_BATCH: usize = 32;
/// A thread's allocations are counted (toward the next collection) at
/// least every this many bytes.
const FLUSH_BYTES: u64 = 64 << 10;

/// A thread's reserved slots, and its allocations not yet counted toward
/// the next collection.
struct SlotCache {
    heap: u64,
    /// The collection count when `live` started: objects allocated before
    /// a collection were counted by it (found live, or freed).
    epoch: u32,
    slots: Vec<u32>,
    live: u64,
    /// This thread's allocation counters in the heap's registry.
    counts: Option<std::sync::Arc<ThreadCounts>>,
}

impl SlotCache {
    const fn new(heap: u64) -> SlotCache {
        SlotCache {
            heap,
            epoch: 0,
            slots: Vec::new(),
            live: 0,
            counts: None,
        }
    }
}

/// One thread's allocation counters: written by that thread alone (a load
/// and a store, no read-modify-write), summed by `Heap::stats`.
#[derive(Default)]
struct ThreadCounts {
    mallocs: AtomicU64,
    bytes: AtomicU64,
}

impl ThreadCounts {
    fn add(&self, bytes: u64) {
        self.mallocs.store(self.mallocs.load(Relaxed) + 1, Relaxed);
        self.bytes.store(self.bytes.load(Relaxed) + bytes, Relaxed);
    }
}

thread_local! {
    static SLOT_CACHE: std::cell::RefCell<SlotCache> =
        const { std::cell::RefCell::new(SlotCache::new(0)) };
}

/// Below this, the heap never collects (Go's minimum heap goal is 4 MB).
const MIN_NEXT_GC: u64 = 4 << 20;
/// Bytes counted per object for its table entry and allocation header.
const OBJECT_OVERHEAD: u64 = 16;

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

// The allocation of a zeroed `[u64]`/`[u8]` is reused as the atomic array:
// the atomics have the same size and bit validity as the integers and,
// checked here, the same alignment, so the layout Box frees is the one
// allocated.
const _: () = assert!(
    std::mem::align_of::<AtomicU64>() == std::mem::align_of::<u64>()
        && std::mem::size_of::<AtomicU64>() == std::mem::size_of::<u64>()
        && std::mem::align_of::<AtomicU8>() == std::mem::align_of::<u8>()
);

/// `n` zeroed words, from the allocator's zeroed memory (calloc: a big
/// array is not written over once more; an iterator wrote each word).
fn zeroed_words(n: usize) -> Box<[AtomicU64]> {
    let raw = Box::into_raw(vec![0u64; n].into_boxed_slice());
    // SAFETY: `raw` is a live, uniquely owned `[u64]` allocation of `n`
    // zeroes; `[AtomicU64]` of the same length has the same layout (see
    // the assertion above) and zero is a valid AtomicU64.
    unsafe { Box::from_raw(raw as *mut [AtomicU64]) }
}

/// `n` zeroed bytes, as `zeroed_words`.
fn zeroed_bytes(n: usize) -> Box<[AtomicU8]> {
    let raw = Box::into_raw(vec![0u8; n].into_boxed_slice());
    // SAFETY: as in `zeroed_words`, for `u8` and `AtomicU8`.
    unsafe { Box::from_raw(raw as *mut [AtomicU8]) }
}

fn addr_of(index: usize, offset: usize) -> Addr {
    ((index as u64 + 1) << 32) | offset as u64
}

fn split(addr: Addr) -> Option<(usize, usize)> {
    let index = (addr >> 32).checked_sub(1)? as usize;
    Some((index, (addr & 0xffff_ffff) as usize))
}

impl Heap {
    pub fn new() -> Heap {
        let gogc = std::env::var("GOGC")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(100);
        let layouts = Layouts::new();
        layouts.push(Layout {
            words: 1,
            refs: vec![],
        });
        static HEAPS: AtomicU64 = AtomicU64::new(1);
        Heap {
            id: HEAPS.fetch_add(1, Relaxed),
            layouts,
            layout_lock: Mutex::new(()),
            table: table::Table::new(),
            alloc: Mutex::new(Alloc {
                free: Vec::new(),
                marked: Vec::new(),
                stats: Stats {
                    next_gc: MIN_NEXT_GC,
                    ..Stats::default()
                },
                gogc,
                pinned: Vec::new(),
            }),
            gc_due: AtomicBool::new(false),
            gc_epoch: std::sync::atomic::AtomicU32::new(0),
            counts: Mutex::new(Vec::new()),
            world: RwLock::new(()),
            stop_wanted: AtomicBool::new(false),
        }
    }

    /// Registers a layout (deduplicated); returns its id.
    pub fn layout(&self, layout: Layout) -> LayoutId {
        debug_assert!(layout.refs.iter().all(|&r| (r as usize) < layout.words));
        let _registering = self.layout_lock.lock();
        if let Some((i, _)) = self.layouts.iter().find(|(_, l)| **l == layout) {
            return i as LayoutId;
        }
        self.layouts.push(layout) as LayoutId
    }

    pub fn layouts(&self) -> &Layouts {
        &self.layouts
    }

    /// This thread uses the heap until the guard is dropped; a collection
    /// waits for it (module comment).
    pub fn enter(&self) -> Mutator<'_> {
        self.world.read()
    }

    /// Waits until no other thread uses the heap (each has dropped its
    /// `enter` guard); the caller must hold none itself.
    pub fn stop_world(&self) -> Stopped<'_> {
        Stopped(self.world.write())
    }

    /// `stop_world`, giving up after `timeout` (the caller asks the other
    /// threads again to come to a safe point, and retries).
    pub fn try_stop_world(&self, timeout: std::time::Duration) -> Option<Stopped<'_>> {
        self.stop_wanted.store(true, Relaxed);
        let got = self.world.try_write_for(timeout).map(Stopped);
        if got.is_some() {
            self.stop_wanted.store(false, Relaxed);
        }
        got
    }

    /// A thread waits to stop the world: one that holds `enter`'s guard
    /// between goroutines should drop it for a moment.
    pub fn stop_wanted(&self) -> bool {
        self.stop_wanted.load(Relaxed)
    }

    /// Whether the heap has grown enough since the last collection.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.gc_due.load(Relaxed)
    }

    pub fn stats(&self) -> Stats {
        let mut st = self.alloc.lock().stats;
        for t in self.counts.lock().iter() {
            st.mallocs += t.mallocs.load(Relaxed);
            st.total_alloc += t.bytes.load(Relaxed);
        }
        SLOT_CACHE.with_borrow(|c| {
            if c.heap == self.id && c.epoch == st.num_gc {
                st.live_bytes += c.live;
            }
        });
        st
    }

    fn insert(&self, obj: Object) -> usize {
        let size = obj.size() as u64 + OBJECT_OVERHEAD;
        let i = SLOT_CACHE.with_borrow_mut(|c| {
            if c.heap != self.id {
                // Slots reserved from another (or a dropped) heap are
                // given up: they stay unused there.
                *c = SlotCache::new(self.id);
                let counts = std::sync::Arc::<ThreadCounts>::default();
                self.counts.lock().push(counts.clone());
                c.counts = Some(counts);
            }
            let epoch = self.gc_epoch.load(Relaxed);
            if c.epoch != epoch {
                c.epoch = epoch;
                c.live = 0;
            }
            c.live += size;
            if let Some(t) = &c.counts {
                t.add(size);
            }
            if c.slots.is_empty() || c.live >= FLUSH_BYTES {
                self.refill(c);
            }
            c.slots.pop().expect("refilled") as usize
        });
        // SAFETY: slot `i` came from this thread's reservation (`refill`):
        // not live, owned by no one else, its bucket created.
        unsafe { self.table.put(i, obj) };
        i
    }

    /// Counts this thread's allocations since the last refill into the
    /// statistics and reserves more slots for it.
    fn refill(&self, c: &mut SlotCache) {
        let mut a = self.alloc.lock();
        // (`insert` dropped what a collection since counted.)
        a.stats.live_bytes += c.live;
        c.live = 0;
        if a.stats.live_bytes >= a.stats.next_gc {
            self.gc_due.store(true, Relaxed);
        }
        while c.slots.len() < SLOT_BATCH {
            let i = match a.free.pop() {
                Some(i) => i as usize,
                None => {
                    a.marked.push(false);
                    self.table.reserve(a.marked.len() - 1);
                    a.marked.len() - 1
                }
            };
            c.slots.push(i as u32);
        }
    }
    /// A zeroed array of `count` elements of `elem`'s layout.
    pub fn alloc_words(&self, elem: LayoutId, count: usize) -> Addr {
        let n = self.layouts[elem as usize].words * count;
        let words = zeroed_words(n.max(1));
        addr_of(self.insert(Object::Words { words, elem }), 0)
    }

    /// A zeroed byte array.
    pub fn alloc_bytes(&self, count: usize) -> Addr {
        let bytes = zeroed_bytes(count.max(1));
        addr_of(self.insert(Object::Bytes(bytes)), 0)
    }

    /// An immutable string's bytes. The empty string is nil (0).
    pub fn alloc_str(&self, bytes: Vec<u8>) -> Addr {
        if bytes.is_empty() {
            return 0;
        }
        addr_of(self.insert(Object::Str(bytes.into_boxed_slice())), 0)
    }

    /// A string that lives as long as the heap (a literal).
    pub fn pinned_str(&self, bytes: &[u8]) -> Addr {
        let a = self.alloc_str(bytes.to_vec());
        self.pin(a);
        a
    }

    /// Keeps the object at `a` alive for the heap's lifetime (values the
    /// runtime itself holds, like `io.EOF`).
    pub fn pin(&self, a: Addr) {
        if let Some((i, _)) = split(a) {
            self.alloc.lock().pinned.push(i as u32);
        }
    }

    pub fn alloc_map(&self, map: GoMap) -> Addr {
        addr_of(self.insert(Object::Map(Box::new(RwLock::new(map)))), 0)
    }

    /// A channel object for the scheduler's channel `id` (`bytes`: its
    /// size, for the statistics).
    pub fn alloc_chan(&self, id: u32, bytes: usize) -> Addr {
        let bytes = bytes.min(u32::MAX as usize) as u32;
        addr_of(self.insert(Object::Chan { id, bytes }), 0)
    }

    /// The scheduler's id of the channel at `addr`.
    pub fn chan_id(&self, addr: Addr) -> Option<u32> {
        match self.object(addr)? {
            Object::Chan { id, .. } => Some(*id),
            _ => None,
        }
    }

    #[inline]
    pub fn object(&self, addr: Addr) -> Option<&Object> {
        let (i, _) = split(addr)?;
        self.table.get(i)
    }

    /// The map at `addr`, locked for reading.
    pub fn map(&self, addr: Addr) -> Option<MapRef<'_>> {
        match self.object(addr)? {
            Object::Map(m) => Some(m.read_recursive()),
            _ => None,
        }
    }

    /// The map at `addr`, locked for writing by a Go assignment or delete;
    /// Go's fatal error when another goroutine uses it at this moment
    /// (Go detects that too, by a flag; here the lock tells).
    pub fn map_mut(&self, addr: Addr) -> Result<Option<MapMut<'_>>, &'static str> {
        match self.object(addr) {
            Some(Object::Map(m)) => match m.try_write() {
                Some(w) => Ok(Some(w)),
                None if m.is_locked_exclusive() => Err(CONCURRENT_MAP_WRITES),
                None => Err(CONCURRENT_MAP_READ_WRITE),
            },
            _ => Ok(None),
        }
    }

    /// The map at `addr`, locked for a Go read: Go's fatal error `race`
    /// when a goroutine writes it at this moment.
    pub fn map_read(
        &self,
        addr: Addr,
        race: &'static str,
    ) -> Result<Option<MapRef<'_>>, &'static str> {
        match self.object(addr) {
            Some(Object::Map(m)) => m.try_read_recursive().map(Some).ok_or(race),
            _ => Ok(None),
        }
    }

    /// The word at `addr`, or `None` when `addr` is not inside a word array.
    #[inline]
    pub fn word(&self, addr: Addr) -> Option<&AtomicU64> {
        match self.object(addr)? {
            Object::Words { words, .. } => words.get((addr & 0xffff_ffff) as usize / 8),
            _ => None,
        }
    }

    /// Reads an element of `bytes` bytes (1 or 8) at `addr`.
    #[inline]
    pub fn load(&self, addr: Addr, bytes: u8) -> Option<u64> {
        let off = (addr & 0xffff_ffff) as usize;
        match self.object(addr)? {
            Object::Words { words, .. } if bytes == 8 => {
                words.get(off / 8).map(|w| w.load(Relaxed))
            }
            Object::Bytes(b) => b.get(off).map(|b| b.load(Relaxed) as u64),
            Object::Str(b) => b.get(off).map(|&b| b as u64),
            _ => None,
        }
    }

    /// Writes an element of `bytes` bytes (1 or 8) at `addr`; false when
    /// `addr` is not writable memory.
    #[inline]
    pub fn store(&self, addr: Addr, bytes: u8, value: u64) -> bool {
        let off = (addr & 0xffff_ffff) as usize;
        match self.object(addr) {
            Some(Object::Words { words, .. }) if bytes == 8 => words
                .get(off / 8)
                .map(|w| w.store(value, Relaxed))
                .is_some(),
            Some(Object::Bytes(b)) => b.get(off).map(|b| b.store(value as u8, Relaxed)).is_some(),
            _ => false,
        }
    }

    /// The bytes of a string value `(addr, len)` (empty for a bad address).
    pub fn str_bytes(&self, addr: Addr, len: u64) -> &[u8] {
        if len == 0 {
            return &[];
        }
        let off = (addr & 0xffff_ffff) as usize;
        match self.object(addr) {
            Some(Object::Str(b)) => b.get(off..off + len as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The `n` words from `addr`, when they all lie in one word array.
    fn word_run(&self, addr: Addr, n: usize) -> Option<&[AtomicU64]> {
        let off = (addr & 0xffff_ffff) as usize;
        match self.object(addr)? {
            Object::Words { words, .. } => words.get(off / 8..(off / 8).checked_add(n)?),
            _ => None,
        }
    }

    /// The `n` bytes from `addr`, when they all lie in one byte array.
    fn byte_run(&self, addr: Addr, n: usize) -> Option<&[AtomicU8]> {
        let off = (addr & 0xffff_ffff) as usize;
        match self.object(addr)? {
            Object::Bytes(b) => b.get(off..off.checked_add(n)?),
            _ => None,
        }
    }

    /// Writes `vals` to consecutive words from `addr` (one object lookup
    /// for the run); false when they do not all lie in one word array.
    pub fn write_words(&self, addr: Addr, vals: impl ExactSizeIterator<Item = u64>) -> bool {
        match self.word_run(addr, vals.len()) {
            Some(run) => {
                run.iter().zip(vals).for_each(|(w, v)| w.store(v, Relaxed));
                true
            }
            None => false,
        }
    }

    /// Copies `len` elements of `bytes` bytes from `addr` (a slice's data).
    pub fn read_elems(&self, addr: Addr, bytes: u8, len: usize) -> Vec<u64> {
        // The common case, one object lookup for the whole run.
        if bytes == 8 {
            if let Some(run) = self.word_run(addr, len) {
                return run.iter().map(|w| w.load(Relaxed)).collect();
            }
        }
        (0..len)
            .map(|k| {
                self.load(addr + (k * bytes as usize) as u64, bytes)
                    .unwrap_or(0)
            })
            .collect()
    }

    /// Copies `n` elements of `bytes` bytes from `src` to `dst` as Go's
    /// `copy` does (overlap allowed: memmove).
    pub fn move_elems(&self, dst: Addr, src: Addr, bytes: u8, n: usize) {
        // Whole runs inside one array each: copy directly, backwards when
        // the destination overlaps the source from above.
        fn memmove<A>(d: &[A], s: &[A], copy: impl Fn(&A, &A)) {
            if d.as_ptr() > s.as_ptr() {
                d.iter().zip(s).rev().for_each(|(d, s)| copy(d, s));
            } else {
                d.iter().zip(s).for_each(|(d, s)| copy(d, s));
            }
        }
        if bytes == 8 {
            if let (Some(d), Some(s)) = (self.word_run(dst, n), self.word_run(src, n)) {
                return memmove(d, s, |d, s| d.store(s.load(Relaxed), Relaxed));
            }
        } else if bytes == 1 {
            if let (Some(d), Some(s)) = (self.byte_run(dst, n), self.byte_run(src, n)) {
                return memmove(d, s, |d, s| d.store(s.load(Relaxed), Relaxed));
            }
        }
        let vals = self.read_elems(src, bytes, n);
        for (k, v) in vals.into_iter().enumerate() {
            self.store(dst + (k * bytes as usize) as u64, bytes, v);
        }
    }

    /// Whether `v` is the address of (or inside) a live object.
    pub fn is_object(&self, v: u64) -> bool {
        self.object(v).is_some()
    }

    /// Collects garbage: everything not reachable from `roots` (values that
    /// may be references; other values are ignored) or pinned is freed.
    /// The world is stopped (`stopped`): no other thread touches the heap.
    pub fn collect(
        &self,
        stopped: &Stopped<'_>,
        roots: impl IntoIterator<Item = u64>,
        chans: &mut dyn ChanTracer,
    ) {
        assert!(
            std::ptr::eq(RwLockWriteGuard::rwlock(&stopped.0), &self.world),
            "the world stopped is this heap's"
        );
        self.gc_due.store(false, Relaxed);
        let mut guard = self.alloc.lock();
        let a = &mut *guard;
        let mut stack: Vec<usize> = Vec::new();
        for &p in &a.pinned {
            a.marked[p as usize] = true;
        }
        let table = &self.table;
        let mark = |marked: &mut Vec<bool>, v: u64, stack: &mut Vec<usize>| {
            if let Some((i, _)) = split(v) {
                if i < marked.len() && !marked[i] && table.get(i).is_some() {
                    marked[i] = true;
                    stack.push(i);
                }
            }
        };
        for r in roots {
            mark(&mut a.marked, r, &mut stack);
        }
        let mut children = Vec::new();
        while let Some(i) = stack.pop() {
            children.clear();
            match table.get(i) {
                Some(Object::Words { words, elem }) => {
                    let l = &self.layouts[*elem as usize];
                    if !l.refs.is_empty() {
                        for e in (0..words.len()).step_by(l.words) {
                            for &r in &l.refs {
                                if let Some(w) = words.get(e + r as usize) {
                                    children.push(w.load(Relaxed));
                                }
                            }
                        }
                    }
                }
                Some(Object::Map(m)) => m.read_recursive().references(&self.layouts, &mut children),
                Some(Object::Chan { id, .. }) => {
                    chans.references(*id, &self.layouts, &mut children)
                }
                _ => {}
            }
            for &c in &children {
                mark(&mut a.marked, c, &mut stack);
            }
        }
        let mut live = 0u64;
        for i in 0..a.marked.len() {
            if a.marked[i] {
                a.marked[i] = false;
                live += table.get(i).map_or(0, |o| o.size() as u64) + OBJECT_OVERHEAD;
            } else if let Some(o) = table.get(i) {
                if let Object::Chan { id, .. } = o {
                    chans.free(*id);
                }
                // SAFETY: the world is stopped (`stopped`), and this object
                // is unreachable, so no one holds a reference to it.
                unsafe { table.free(i) };
                a.free.push(i as u32);
                a.stats.frees += 1;
            }
        }
        a.stats.live_bytes = live;
        a.stats.num_gc += 1;
        self.gc_epoch.store(a.stats.num_gc, Relaxed);
        a.stats.next_gc = (live + live * a.gogc / 100).max(MIN_NEXT_GC);
    }

    /// Objects currently allocated.
    pub fn live_objects(&self) -> usize {
        let st = self.stats();
        st.mallocs.saturating_sub(st.frees) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list node: [value, next].
    fn node(h: &Heap) -> LayoutId {
        h.layout(Layout {
            words: 2,
            refs: vec![1],
        })
    }

    #[test]
    fn alloc_gives_zeroed_distinct_objects() {
        let h = Heap::new();
        let l = node(&h);
        let a = h.alloc_words(l, 1);
        let b = h.alloc_words(l, 1);
        assert_ne!(a, 0);
        assert_ne!(a, b);
        assert_eq!(h.load(a, 8), Some(0));
        assert!(h.store(a, 8, 42));
        assert!(h.store(a + 8, 8, b));
        assert_eq!(h.load(a, 8), Some(42));
        assert_eq!(h.load(a + 8, 8), Some(b));
        assert_eq!(h.load(0, 8), None, "nil is not memory");
        assert_eq!(h.load(a + 16, 8), None, "past the object");
    }

    #[test]
    fn unreachable_cycles_are_collected_and_reachable_ones_kept() {
        let h = Heap::new();
        let l = node(&h);
        let first = h.alloc_words(l, 1);
        let mut prev = first;
        for _ in 0..999 {
            let n = h.alloc_words(l, 1);
            h.store(prev + 8, 8, n);
            prev = n;
        }
        h.store(prev + 8, 8, first);
        let keep = h.alloc_words(l, 1);
        let mut tail = keep;
        for i in 0..9 {
            let n = h.alloc_words(l, 1);
            h.store(n, 8, i);
            h.store(tail + 8, 8, n);
            tail = n;
        }
        h.collect(&h.stop_world(), [keep], &mut NoChans);
        assert_eq!(h.stats().frees, 1000);
        assert_eq!(h.live_objects(), 10);
        let mut n = h.load(keep + 8, 8).unwrap();
        for i in 0..9 {
            assert_eq!(h.load(n, 8), Some(i));
            n = h.load(n + 8, 8).unwrap();
        }
        assert_eq!(n, 0);
    }

    #[test]
    fn interior_pointers_and_strings() {
        let h = Heap::new();
        let a = h.alloc_words(SCALAR, 10);
        h.store(a + 72, 8, 7);
        let s = h.alloc_str(b"hello".to_vec());
        h.collect(&h.stop_world(), [a + 72, s + 3], &mut NoChans);
        assert_eq!(h.stats().frees, 0);
        assert_eq!(h.str_bytes(s + 1, 3), b"ell");
        h.collect(&h.stop_world(), [], &mut NoChans);
        assert_eq!(h.stats().frees, 2);
        assert!(h.object(a).is_none());
    }

    /// Exercises `zeroed_words`/`zeroed_bytes` (their `unsafe`): small and
    /// big arrays come zeroed, take writes everywhere, and are freed.
    #[test]
    fn fresh_arrays_are_zero_and_writable() {
        let h = Heap::new();
        for n in [1, 3, 1000, 1 << 20] {
            let w = h.alloc_words(SCALAR, n);
            let b = h.alloc_bytes(n);
            let mut ks = vec![0, n / 2, n - 1];
            ks.dedup();
            for k in ks {
                assert_eq!(h.load(w + 8 * k as u64, 8), Some(0));
                assert_eq!(h.load(b + k as u64, 1), Some(0));
                assert!(h.store(w + 8 * k as u64, 8, u64::MAX - k as u64));
                assert!(h.store(b + k as u64, 1, 0xab));
                assert_eq!(h.load(w + 8 * k as u64, 8), Some(u64::MAX - k as u64));
                assert_eq!(h.load(b + k as u64, 1), Some(0xab));
            }
            assert_eq!(h.load(w + 8 * n as u64, 8), None);
        }
        h.collect(&h.stop_world(), [], &mut NoChans);
        assert_eq!(h.live_objects(), 0);
    }

    /// `move_elems` is memmove: overlapping runs in either direction,
    /// between arrays, and past an array's end as the element-wise copy.
    #[test]
    fn move_elems_is_memmove() {
        let h = Heap::new();
        let a = h.alloc_words(SCALAR, 8);
        let b = h.alloc_words(SCALAR, 4);
        let fill = |h: &Heap| (0..8).for_each(|k| assert!(h.store(a + 8 * k, 8, k + 1)));
        let words = |h: &Heap, p: u64, n: usize| h.read_elems(p, 8, n);
        fill(&h);
        h.move_elems(a + 16, a, 8, 5);
        assert_eq!(words(&h, a, 8), [1, 2, 1, 2, 3, 4, 5, 8]);
        fill(&h);
        h.move_elems(a, a + 16, 8, 5);
        assert_eq!(words(&h, a, 8), [3, 4, 5, 6, 7, 6, 7, 8]);
        fill(&h);
        h.move_elems(b, a + 8, 8, 4);
        assert_eq!(words(&h, b, 4), [2, 3, 4, 5]);
        // Past the source's end: the missing elements read as 0.
        h.move_elems(b, a + 48, 8, 4);
        assert_eq!(words(&h, b, 4), [7, 8, 0, 0]);
        let c = h.alloc_bytes(6);
        (0..6).for_each(|k| assert!(h.store(c + k, 1, k + 1)));
        h.move_elems(c + 1, c, 1, 5);
        assert_eq!(h.read_elems(c, 1, 6), [1, 1, 2, 3, 4, 5]);
        h.move_elems(c, c + 2, 1, 4);
        assert_eq!(h.read_elems(c, 1, 6), [2, 3, 4, 5, 4, 5]);
    }

    #[test]
    fn byte_arrays_hold_one_byte_per_element() {
        let h = Heap::new();
        let b = h.alloc_bytes(3);
        assert!(h.store(b + 2, 1, 0x1ff));
        assert_eq!(h.load(b + 2, 1), Some(0xff));
        assert!(!h.store(b + 3, 1, 1));
    }

    #[test]
    fn memory_stays_bounded_under_cyclic_garbage() {
        let h = Heap::new();
        let l = node(&h);
        let mut peak = 0;
        for _ in 0..200_000 {
            let a = h.alloc_words(l, 1);
            let b = h.alloc_words(l, 1);
            h.store(a + 8, 8, b);
            h.store(b + 8, 8, a);
            if h.should_collect() {
                h.collect(&h.stop_world(), [], &mut NoChans);
            }
            peak = peak.max(h.live_objects());
        }
        assert!(h.stats().total_alloc > 6_000_000);
        assert!(peak < 200_000, "peak {peak} objects");
        assert!(h.stats().num_gc >= 1);
    }

    #[test]
    fn values_that_only_look_like_addresses_are_ignored() {
        let h = Heap::new();
        let l = node(&h);
        let a = h.alloc_words(l, 1);
        h.store(a + 8, 8, 0xdead_beef_0000_0000);
        h.collect(&h.stop_world(), [a, 12345, u64::MAX], &mut NoChans);
        assert_eq!(h.stats().frees, 0);
    }
}
