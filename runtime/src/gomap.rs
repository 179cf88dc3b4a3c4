//! Go maps: entries in a slab of slots (key words, then value words), found
//! through a hash index of slot numbers.
//!
//! The map itself does not know how keys compare: the VM hashes a key's
//! slots (`mapkey.rs`) with the map's `hasher()` and passes an equality test
//! that is Go's `==` on the key (a string by its bytes, `-0.0` as `+0.0`,
//! each NaN unequal to everything, an interface by dynamic type and value),
//! so a lookup builds no canonical key and allocates nothing. The hash uses
//! a per-map random seed (foldhash: fast, and seeded per map like Go's
//! hash0), so iteration order is unspecified and does not follow insertion,
//! as in Go. A range loop iterates over a snapshot of the slots taken when
//! it starts, skipping any deleted since: deleted entries not yet reached
//! are not produced, entries added meanwhile may not be — both as the spec
//! allows.

use crate::heap::{LayoutId, Layouts};
use foldhash::fast::{FoldHasher, RandomState};
use std::hash::{BuildHasher, Hasher};

/// A key for building a map outside the VM (`find_or_insert`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    Word(u64),
    Bytes(Box<[u8]>),
    Tuple(Box<[Key]>),
    /// A NaN: unequal to every key, itself included (a fresh number each).
    Nan(u64),
}

/// Entries per group: 12 one-byte tags, a count and 12 slot numbers fill
/// one 64-byte cache line, so a probe costs one line (hashbrown keeps its
/// tags and entries apart: two misses per probe in a big map).
const GROUP: usize = 12;

#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
struct Group {
    /// `0x80 | 7 bits of the hash` for a used entry, 0 for an empty one.
    tags: [u8; GROUP],
    /// Entries stored past this group because it was full when they were
    /// inserted (F14's overflow count): a lookup stops at a group with
    /// none, and a removal needs no tombstone.
    overflow: u32,
    slots: [u32; GROUP],
}

const LO: u128 = u128::from_le_bytes([0x01; 16]);
const HI7: u128 = u128::from_le_bytes([0x7f; 16]);
const GROUP_BITS: u128 = (1 << (8 * GROUP)) - 1;

impl Group {
    /// A bit mask (bit 7 of byte i) of the entries whose tag is `tag`.
    #[inline]
    fn matching(&self, tag: u8) -> u128 {
        let mut b = [0u8; 16];
        b[..GROUP].copy_from_slice(&self.tags);
        let x = u128::from_le_bytes(b) ^ (LO * tag as u128);
        // Exactly the zero bytes of x (no carries between bytes).
        !(((x & HI7) + HI7) | x | HI7) & GROUP_BITS
    }
}

/// Iterates the entry numbers in a mask from `Group::matching`.
fn entries(mut mask: u128) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (mask != 0).then(|| {
            let i = mask.trailing_zeros() as usize / 8;
            mask &= mask - 1;
            i
        })
    })
}

/// The hash index: groups of slot numbers, probed group by group from the
/// key's home group (the top bits of its hash), filtered by tags.
#[derive(Default)]
struct Index {
    groups: Vec<Group>,
    len: usize,
    /// 32 - log2(number of groups).
    shift: u32,
}

impl Index {
    /// The top half of a hash: the home group from its top bits, the tag
    /// from its low 7 bits.
    fn h32(hash: u64) -> u32 {
        (hash >> 32) as u32
    }

    fn tag(h32: u32) -> u8 {
        0x80 | (h32 as u8 & 0x7f)
    }

    fn home(&self, h32: u32) -> usize {
        ((h32 as u64) >> self.shift) as usize
    }

    #[inline]
    fn find(&self, hash: u64, mut eq: impl FnMut(u32) -> bool) -> Option<u32> {
        if self.len == 0 {
            return None;
        }
        let h32 = Self::h32(hash);
        let tag = Self::tag(h32);
        let mask = self.groups.len() - 1;
        let mut g = self.home(h32);
        loop {
            let group = &self.groups[g];
            for i in entries(group.matching(tag)) {
                if eq(group.slots[i]) {
                    return Some(group.slots[i]);
                }
            }
            if group.overflow == 0 {
                return None;
            }
            g = (g + 1) & mask;
        }
    }

    /// Adds `slot` (whose key's hash has top half `h32`), growing first when
    /// 7/8 full; `hashes` gives every live slot's h32 for the regrowth.
    fn insert(&mut self, h32: u32, slot: u32, hashes: &[u32], live: &[bool]) {
        if (self.len + 1) * 8 > self.groups.len() * GROUP * 7 {
            self.grow(hashes, live);
        }
        self.place(h32, slot);
        self.len += 1;
    }

    fn place(&mut self, h32: u32, slot: u32) {
        let mask = self.groups.len() - 1;
        let mut g = self.home(h32);
        loop {
            let group = &mut self.groups[g];
            if let Some(i) = entries(group.matching(0)).next() {
                group.tags[i] = Self::tag(h32);
                group.slots[i] = slot;
                return;
            }
            group.overflow += 1;
            g = (g + 1) & mask;
        }
    }

    /// Doubles the groups and places every live slot again, in slot order
    /// (a sequential walk of `hashes` and `live`).
    fn grow(&mut self, hashes: &[u32], live: &[bool]) {
        let n = (self.groups.len() * 2).max(1);
        self.groups = vec![Group::default(); n];
        self.shift = 32 - n.trailing_zeros();
        for (s, (&h, &l)) in hashes.iter().zip(live).enumerate() {
            if l {
                self.place(h, s as u32);
            }
        }
    }

    /// Removes `slot`'s entry (its key's hash has top half `h32`).
    fn remove(&mut self, h32: u32, slot: u32) {
        let tag = Self::tag(h32);
        let mask = self.groups.len() - 1;
        let mut g = self.home(h32);
        loop {
            let group = &mut self.groups[g];
            if let Some(i) = entries(group.matching(tag)).find(|&i| group.slots[i] == slot) {
                group.tags[i] = 0;
                self.len -= 1;
                return;
            }
            // Its insertion passed this group.
            group.overflow -= 1;
            g = (g + 1) & mask;
        }
    }

    fn clear(&mut self) {
        self.groups.fill(Group::default());
        self.len = 0;
    }

    fn slots(&self) -> impl Iterator<Item = u32> + '_ {
        self.groups.iter().flat_map(|g| {
            g.tags
                .iter()
                .zip(g.slots)
                .filter(|(&t, _)| t != 0)
                .map(|(_, s)| s)
        })
    }
}

pub struct GoMap {
    seed: RandomState,
    /// Live slots, by their key's hash.
    index: Index,
    /// Slots, `stride` words each: key words, then value words.
    slab: Vec<u64>,
    /// The top half of each slot's hash (`Index::h32`), for regrowing the
    /// index without the keys.
    hashes: Vec<u32>,
    live: Vec<bool>,
    free: Vec<u32>,
    pub key_words: usize,
    pub value_words: usize,
    pub key_layout: LayoutId,
    pub value_layout: LayoutId,
    nans: u64,
}

impl GoMap {
    pub fn new(
        key_words: usize,
        value_words: usize,
        key_layout: LayoutId,
        value_layout: LayoutId,
    ) -> GoMap {
        GoMap {
            seed: RandomState::default(),
            index: Index::default(),
            slab: Vec::new(),
            hashes: Vec::new(),
            live: Vec::new(),
            free: Vec::new(),
            key_words,
            value_words,
            key_layout,
            value_layout,
            nans: 0,
        }
    }

    /// Words per slot (at least one, so that slots of an empty key and
    /// value still have distinct positions).
    fn stride(&self) -> usize {
        (self.key_words + self.value_words).max(1)
    }

    pub fn len(&self) -> usize {
        self.index.len
    }

    pub fn is_empty(&self) -> bool {
        self.index.len == 0
    }

    /// A hasher with this map's seed, for hashing a key's parts.
    pub fn hasher(&self) -> FoldHasher<'static> {
        self.seed.build_hasher()
    }

    /// The hash of a key of plain words: what hashing them one by one with
    /// `hasher()` gives.
    #[inline]
    pub fn hash_words(&self, key: &[u64]) -> u64 {
        let mut h = self.hasher();
        key.iter().for_each(|&w| h.write_u64(w));
        h.finish()
    }

    /// A fresh hash for a key holding a NaN: such a key never matches, so
    /// any hash will do, but equal ones would pile up in one probe run.
    pub fn nan_hash(&mut self) -> u64 {
        self.nans += 1;
        self.seed.hash_one(self.nans)
    }

    /// The slot of the key with `hash` for which `eq` (given a stored key's
    /// words) holds, if any.
    #[inline]
    pub fn find(&self, hash: u64, mut eq: impl FnMut(&[u64]) -> bool) -> Option<u32> {
        let (stride, kw) = (self.stride(), self.key_words);
        let slab = &self.slab;
        self.index.find(hash, |s| {
            let base = s as usize * stride;
            eq(&slab[base..base + kw])
        })
    }

    /// Inserts a key known to be absent (key words stored, value zero);
    /// returns its slot.
    pub fn insert_new(&mut self, hash: u64, key_slots: &[u64]) -> u32 {
        let stride = self.stride();
        let slot = match self.free.pop() {
            Some(s) => s,
            None => {
                self.slab.resize(self.slab.len() + stride, 0);
                self.live.push(false);
                self.hashes.push(0);
                self.live.len() as u32 - 1
            }
        };
        let base = slot as usize * stride;
        self.slab[base..base + self.key_words].copy_from_slice(&key_slots[..self.key_words]);
        self.slab[base + self.key_words..base + stride].fill(0);
        let h32 = Index::h32(hash);
        self.hashes[slot as usize] = h32;
        self.index.insert(h32, slot, &self.hashes, &self.live);
        self.live[slot as usize] = true;
        slot
    }

    /// The slot of a key whose words compare bitwise (a map built outside
    /// the VM), inserted with a zero value if absent. `key` is not used: it
    /// is kept for callers written against the canonical-key interface.
    pub fn find_or_insert(&mut self, key: Key, key_slots: &[u64]) -> u32 {
        let _ = key;
        let key_slots = &key_slots[..self.key_words];
        let hash = self.hash_words(key_slots);
        match self.find(hash, |k| k == key_slots) {
            Some(s) => s,
            None => self.insert_new(hash, key_slots),
        }
    }

    /// Removes the entry in `slot`.
    pub fn remove(&mut self, slot: u32) {
        if self.is_live(slot) {
            // By the stored hash: the walk from the home group must retrace
            // the insertion's exactly (it undoes its overflow counts).
            self.index.remove(self.hashes[slot as usize], slot);
            let stride = self.stride();
            let base = slot as usize * stride;
            self.slab[base..base + stride].fill(0);
            self.live[slot as usize] = false;
            self.free.push(slot);
        }
    }

    pub fn clear(&mut self) {
        self.index.clear();
        self.slab.clear();
        self.hashes.clear();
        self.live.clear();
        self.free.clear();
    }

    pub fn key(&self, slot: u32) -> &[u64] {
        let base = slot as usize * self.stride();
        &self.slab[base..base + self.key_words]
    }

    pub fn value(&self, slot: u32) -> &[u64] {
        let base = slot as usize * self.stride() + self.key_words;
        &self.slab[base..base + self.value_words]
    }

    pub fn value_mut(&mut self, slot: u32) -> &mut [u64] {
        let base = slot as usize * self.stride() + self.key_words;
        &mut self.slab[base..base + self.value_words]
    }

    pub fn is_live(&self, slot: u32) -> bool {
        self.live.get(slot as usize).copied().unwrap_or(false)
    }

    /// The live slots, in the index's (seeded, unspecified) order.
    pub fn snapshot(&self) -> Vec<u32> {
        self.index.slots().collect()
    }

    /// Every word of a live entry that may be a reference (for the GC).
    pub fn references(&self, layouts: &Layouts, out: &mut Vec<u64>) {
        let kl = &layouts[self.key_layout as usize];
        let vl = &layouts[self.value_layout as usize];
        if kl.refs.is_empty() && vl.refs.is_empty() {
            return;
        }
        // In slot order: a sequential walk of the slab.
        for slot in (0..self.live.len() as u32).filter(|&s| self.live[s as usize]) {
            let key = self.key(slot);
            out.extend(kl.refs.iter().filter_map(|&r| key.get(r as usize)));
            let value = self.value(slot);
            out.extend(vl.refs.iter().filter_map(|&r| value.get(r as usize)));
        }
    }

    /// Bytes the map holds, roughly, for GC pacing.
    pub fn approx_bytes(&self) -> usize {
        self.slab.len() * 8 + self.index.len * 24
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(m: &GoMap, w: u64) -> u64 {
        let mut h = m.hasher();
        h.write_u64(w);
        let hash = h.finish();
        assert_eq!(hash, m.hash_words(&[w]));
        hash
    }

    fn insert(m: &mut GoMap, w: u64) -> u32 {
        let hs = hash(m, w);
        match m.find(hs, |k| k[0] == w) {
            Some(s) => s,
            None => m.insert_new(hs, &[w]),
        }
    }

    fn get(m: &GoMap, w: u64) -> Option<u64> {
        m.find(hash(m, w), |k| k[0] == w).map(|s| m.value(s)[0])
    }

    #[test]
    fn insert_find_remove_and_reuse() {
        let mut m = GoMap::new(1, 1, 0, 0);
        let s = insert(&mut m, 7);
        m.value_mut(s)[0] = 70;
        assert_eq!(insert(&mut m, 7), s);
        assert_eq!(get(&m, 7), Some(70));
        m.remove(s);
        assert_eq!(get(&m, 7), None);
        assert!(!m.is_live(s));
        assert!(m.is_empty());
        let t = insert(&mut m, 8);
        assert_eq!(t, s, "freed slots are reused");
        assert_eq!(m.value(t), &[0], "a new entry's value is zero");
    }

    #[test]
    fn grows_and_removes_keeping_every_other_entry() {
        let mut m = GoMap::new(1, 1, 0, 0);
        for w in 0..20_000u64 {
            let s = insert(&mut m, w * 3);
            m.value_mut(s)[0] = w;
        }
        for w in (0..20_000u64).step_by(2) {
            let h = hash(&m, w * 3);
            let s = m.find(h, |k| k[0] == w * 3).unwrap();
            m.remove(s);
        }
        assert_eq!(m.len(), 10_000);
        for w in 0..20_000u64 {
            assert_eq!(get(&m, w * 3), (w % 2 == 1).then_some(w));
        }
        let mut live: Vec<u64> = m.snapshot().into_iter().map(|s| m.key(s)[0]).collect();
        live.sort();
        assert_eq!(
            live,
            (0..20_000u64)
                .filter(|w| w % 2 == 1)
                .map(|w| w * 3)
                .collect::<Vec<_>>()
        );
    }

    /// Hashes with one home group overflow into the next groups (wrapping
    /// around from the last): removing any entry keeps the others
    /// reachable, and removing all leaves no overflow count behind.
    #[test]
    fn overflowing_groups() {
        // 30 keys at home in the last of 4 groups, 10 in the first, with
        // tags that repeat.
        let hashes: Vec<u64> = (0..40u64)
            .map(|k| {
                if k < 30 {
                    (0xc000_0000 | k % 5) << 32
                } else {
                    (k % 3) << 32
                }
            })
            .collect();
        let build = || {
            let mut m = GoMap::new(1, 1, 0, 0);
            for (k, &h) in hashes.iter().enumerate() {
                m.insert_new(h, &[k as u64]);
            }
            assert_eq!(m.index.groups.len(), 4);
            m
        };
        let find = |m: &GoMap, k: usize| m.find(hashes[k], |w| w[0] == k as u64);
        for victim in 0..hashes.len() {
            let mut m = build();
            m.remove(find(&m, victim).unwrap());
            for k in 0..hashes.len() {
                assert_eq!(
                    find(&m, k).is_some(),
                    k != victim,
                    "key {k} after removing {victim}"
                );
            }
        }
        let mut m = build();
        for k in (0..hashes.len()).rev() {
            m.remove(find(&m, k).unwrap());
        }
        assert!(m.is_empty());
        assert!(m
            .index
            .groups
            .iter()
            .all(|g| g.overflow == 0 && g.tags == [0; GROUP]));
    }

    #[test]
    fn group_tag_matching_is_exact() {
        let mut g = Group::default();
        g.tags = [0x80, 0x81, 0, 0xff, 0x81, 0, 0, 0, 0, 0, 0, 0x81];
        assert_eq!(entries(g.matching(0x81)).collect::<Vec<_>>(), [1, 4, 11]);
        assert_eq!(
            entries(g.matching(0)).collect::<Vec<_>>(),
            [2, 5, 6, 7, 8, 9, 10]
        );
        assert_eq!(entries(g.matching(0x80)).collect::<Vec<_>>(), [0]);
        assert_eq!(std::mem::size_of::<Group>(), 64);
    }

    #[test]
    fn nan_keys_never_match() {
        let mut m = GoMap::new(1, 1, 0, 0);
        let nan = f64::NAN.to_bits();
        let eq = |k: &[u64]| f64::from_bits(k[0]) == f64::from_bits(nan);
        for _ in 0..3 {
            let h = m.nan_hash();
            assert_eq!(m.find(h, eq), None);
            m.insert_new(h, &[nan]);
        }
        assert_eq!(m.len(), 3);
    }

    #[test]
    fn find_or_insert_compares_words() {
        let mut m = GoMap::new(2, 1, 0, 0);
        let a = m.find_or_insert(Key::Word(0), &[1, 2]);
        let b = m.find_or_insert(Key::Word(1), &[1, 3]);
        assert_ne!(a, b);
        assert_eq!(m.find_or_insert(Key::Word(0), &[1, 2]), a);
        assert_eq!(m.len(), 2);
    }
}
