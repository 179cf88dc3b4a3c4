//! Go maps: entries in a slab of slots (key words, then value words), found
//! through a hash index of canonical keys.
//!
//! The VM turns a key's slots into a `Key` that compares as Go's `==` does
//! (a string by its bytes, `-0.0` as `+0.0`, each NaN unequal to everything,
//! an interface by dynamic type and value); the map keeps the key's slots
//! too, because ranging gives them back. The hash index uses a per-map
//! random seed (foldhash: fast, and seeded per map like Go's hash0), so
//! iteration order is unspecified and does not follow insertion, as in Go. A range loop iterates over a snapshot of the slots
//! taken when it starts, skipping any deleted since: deleted entries not yet
//! reached are not produced, entries added meanwhile may not be — both as
//! the spec allows.

use crate::heap::{Layout, LayoutId};
use foldhash::fast::RandomState;
use std::collections::HashMap;

/// A key, canonicalized so that `==` on `Key` is Go's `==` on the key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    Word(u64),
    Bytes(Box<[u8]>),
    Tuple(Box<[Key]>),
    /// A NaN: unequal to every key, itself included (a fresh number each).
    Nan(u64),
}

pub struct GoMap {
    index: HashMap<Key, u32, RandomState>,
    /// Slots, `stride` words each: key words, then value words.
    slab: Vec<u64>,
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
            index: HashMap::with_hasher(RandomState::default()),
            slab: Vec::new(),
            live: Vec::new(),
            free: Vec::new(),
            key_words,
            value_words,
            key_layout,
            value_layout,
            nans: 0,
        }
    }

    fn stride(&self) -> usize {
        self.key_words + self.value_words
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// A fresh key for a NaN.
    pub fn nan_key(&mut self) -> Key {
        self.nans += 1;
        Key::Nan(self.nans)
    }

    /// The slot of `key`, if present.
    pub fn find(&self, key: &Key) -> Option<u32> {
        self.index.get(key).copied()
    }

    /// The slot of `key`, inserted (key words stored, value zero) if absent.
    pub fn find_or_insert(&mut self, key: Key, key_slots: &[u64]) -> u32 {
        if let Some(&s) = self.index.get(&key) {
            return s;
        }
        let stride = self.stride();
        let slot = match self.free.pop() {
            Some(s) => s,
            None => {
                self.slab.resize(self.slab.len() + stride.max(1), 0);
                self.live.push(false);
                self.live.len() as u32 - 1
            }
        };
        let base = slot as usize * stride.max(1);
        self.slab[base..base + self.key_words].copy_from_slice(&key_slots[..self.key_words]);
        self.slab[base + self.key_words..base + stride].fill(0);
        self.live[slot as usize] = true;
        self.index.insert(key, slot);
        slot
    }

    pub fn remove(&mut self, key: &Key) {
        if let Some(slot) = self.index.remove(key) {
            let stride = self.stride().max(1);
            let base = slot as usize * stride;
            self.slab[base..base + stride].fill(0);
            self.live[slot as usize] = false;
            self.free.push(slot);
        }
    }

    pub fn clear(&mut self) {
        self.index.clear();
        self.slab.clear();
        self.live.clear();
        self.free.clear();
    }

    pub fn key(&self, slot: u32) -> &[u64] {
        let base = slot as usize * self.stride().max(1);
        &self.slab[base..base + self.key_words]
    }

    pub fn value(&self, slot: u32) -> &[u64] {
        let base = slot as usize * self.stride().max(1) + self.key_words;
        &self.slab[base..base + self.value_words]
    }

    pub fn value_mut(&mut self, slot: u32) -> &mut [u64] {
        let base = slot as usize * self.stride().max(1) + self.key_words;
        &mut self.slab[base..base + self.value_words]
    }

    pub fn is_live(&self, slot: u32) -> bool {
        self.live.get(slot as usize).copied().unwrap_or(false)
    }

    /// The live slots, in the index's (seeded, unspecified) order.
    pub fn snapshot(&self) -> Vec<u32> {
        self.index.values().copied().collect()
    }

    /// Every word of a live entry that may be a reference (for the GC).
    pub fn references(&self, layouts: &[Layout], out: &mut Vec<u64>) {
        let kl = &layouts[self.key_layout as usize];
        let vl = &layouts[self.value_layout as usize];
        for &slot in self.index.values() {
            let key = self.key(slot);
            out.extend(kl.refs.iter().filter_map(|&r| key.get(r as usize)));
            let value = self.value(slot);
            out.extend(vl.refs.iter().filter_map(|&r| value.get(r as usize)));
        }
    }

    /// Bytes the map holds, roughly, for GC pacing.
    pub fn approx_bytes(&self) -> usize {
        self.slab.len() * 8 + self.index.len() * 24
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_find_remove_and_reuse() {
        let mut m = GoMap::new(1, 1, 0, 0);
        let s = m.find_or_insert(Key::Word(7), &[7]);
        m.value_mut(s)[0] = 70;
        assert_eq!(m.find(&Key::Word(7)), Some(s));
        assert_eq!(m.value(s), &[70]);
        m.remove(&Key::Word(7));
        assert_eq!(m.find(&Key::Word(7)), None);
        assert!(!m.is_live(s));
        let t = m.find_or_insert(Key::Word(8), &[8]);
        assert_eq!(t, s, "freed slots are reused");
        assert_eq!(m.value(t), &[0], "a new entry's value is zero");
    }

    #[test]
    fn nans_never_match() {
        let mut m = GoMap::new(1, 1, 0, 0);
        let a = m.nan_key();
        let b = m.nan_key();
        m.find_or_insert(a.clone(), &[0]);
        m.find_or_insert(b, &[0]);
        assert_eq!(m.len(), 2);
        let c = m.nan_key();
        assert_eq!(m.find(&c), None);
    }
}
