//! The capacity Go gives a slice when `append` has to grow it.
//!
//! `cap()` is observable, so minigo reproduces Go's `growslice`
//! (runtime/slice.go) exactly: pick a target capacity ([`next_cap`]: double
//! small slices, grow big ones by about 1.25x), convert it to bytes, round
//! the allocation up with [`roundup_size`] (size classes, malloc headers,
//! pages), and take as capacity however many whole elements fit in what the
//! allocator would hand out. The golden programs
//! `tests/run/slice_append_growth_*.go` and `slice_append_many.go` pin the
//! results; the tests below replay them.
//!
//! As in [`crate::sizeclass`], the Go modelled is 64-bit (`int` is 64 bits,
//! pointers are 8 bytes).

use crate::sizeclass::{roundup_size, PTR_SIZE};

/// Slices with at least this capacity stop doubling (`threshold` in Go's
/// `nextslicecap`).
pub const GROWTH_THRESHOLD: usize = 256;

/// Largest allocation Go allows (`maxAlloc`: `1 << 48` on 64-bit Linux);
/// growing past it panics with `growslice: len out of range`.
pub const MAX_ALLOC: usize = if usize::BITS >= 64 {
    (1u64 << 48) as usize
} else {
    usize::MAX
};

/// Bytes of the stack buffer Go (1.25+) gives the first append to a local,
/// non-escaping nil slice (the compiler's default `variablemakethreshold`).
pub const STACK_BUFFER_BYTES: usize = 32;

/// Go's `nextslicecap`: the capacity `growslice` aims for, before rounding
/// to an allocation size, when a slice of capacity `old_cap` must hold
/// `new_len` elements.
///
/// If `new_len` is more than twice `old_cap` the answer is `new_len`; below
/// [`GROWTH_THRESHOLD`] the capacity doubles; from there on it grows by
/// `(cap + 3*256) / 4` per step, a smooth slide from 2x towards 1.25x, until
/// it reaches `new_len`. Arithmetic is Go's 64-bit `int` (wrapping), so
/// absurd sizes fall back to `new_len` exactly as Go does.
///
/// `old_len` plays no part in Go's formula; it is taken so that calls read
/// like [`grow_cap`]'s and is only checked in debug builds.
pub fn next_cap(old_len: usize, old_cap: usize, new_len: usize) -> usize {
    debug_assert!(old_len <= old_cap && old_len <= new_len);
    let new_len = new_len as i64;
    let mut newcap = old_cap as i64;
    let doublecap = newcap.wrapping_add(newcap);
    if new_len > doublecap {
        return new_len as usize;
    }
    if (old_cap as i64) < GROWTH_THRESHOLD as i64 {
        return doublecap as usize;
    }
    loop {
        newcap = newcap.wrapping_add(newcap.wrapping_add(3 * GROWTH_THRESHOLD as i64) >> 2);
        // An overflowed (negative) newcap compares as huge here, ending the
        // loop; it is caught just below.
        if newcap as u64 >= new_len as u64 {
            break;
        }
    }
    if newcap <= 0 {
        return new_len as usize;
    }
    newcap as usize
}

/// The capacity a slice ends up with after appending `added` elements to a
/// slice of length `old_len` and capacity `old_cap`, for elements of
/// `elem_size` bytes that do (`elem_has_pointers`) or do not contain
/// pointers. This is Go's `growslice`.
///
/// If the new length still fits (`old_len + added <= old_cap`), `append`
/// does not reallocate and `old_cap` is returned. Zero-size elements get a
/// capacity of exactly the new length.
///
/// # Panics
/// Where Go's `growslice` panics (`runtime error: growslice: len out of
/// range`): the new length overflows or the allocation would exceed
/// [`MAX_ALLOC`]. Use [`checked_grow_cap`] to turn that into a Go panic.
pub fn grow_cap(
    old_len: usize,
    old_cap: usize,
    added: usize,
    elem_size: usize,
    elem_has_pointers: bool,
) -> usize {
    checked_grow_cap(old_len, old_cap, added, elem_size, elem_has_pointers)
        .expect("growslice: len out of range")
}

/// [`grow_cap`], returning `None` where Go's `growslice` panics with
/// `growslice: len out of range`.
pub fn checked_grow_cap(
    old_len: usize,
    old_cap: usize,
    added: usize,
    elem_size: usize,
    elem_has_pointers: bool,
) -> Option<usize> {
    // Go's newLen is an int: one that does not fit is "negative".
    let new_len = old_len
        .checked_add(added)
        .filter(|&n| n <= i64::MAX as usize)?;
    if new_len <= old_cap {
        return Some(old_cap);
    }
    if elem_size == 0 {
        return Some(new_len);
    }
    let newcap = next_cap(old_len, old_cap, new_len);
    let no_scan = !elem_has_pointers;

    // Go special-cases sizes 1, the pointer size and other powers of two
    // only to avoid divisions; the results are those of the general case.
    // The branches are kept apart anyway so that each mirrors Go's.
    let (cap, capmem, overflow) = if elem_size == 1 {
        let capmem = roundup_size(newcap, no_scan);
        (capmem, capmem, newcap > MAX_ALLOC)
    } else if elem_size == PTR_SIZE {
        let capmem = roundup_size(newcap.wrapping_mul(PTR_SIZE), no_scan);
        (capmem / PTR_SIZE, capmem, newcap > MAX_ALLOC / PTR_SIZE)
    } else if elem_size.is_power_of_two() {
        let shift = elem_size.trailing_zeros();
        let overflow = newcap > MAX_ALLOC >> shift;
        let cap = roundup_size(newcap.wrapping_shl(shift), no_scan) >> shift;
        (cap, cap.wrapping_shl(shift), overflow)
    } else {
        let (bytes, overflow) = newcap.overflowing_mul(elem_size);
        let cap = roundup_size(bytes, no_scan) / elem_size;
        (cap, cap.wrapping_mul(elem_size), overflow)
    };
    if overflow || capmem > MAX_ALLOC {
        return None;
    }
    Some(cap)
}

/// How many elements of `elem_size` bytes fit in the 32-byte stack buffer,
/// or `None` when Go does not use one for that element size (zero-size
/// elements, elements larger than the buffer).
pub fn stack_buffer_len(elem_size: usize) -> Option<usize> {
    if elem_size == 0 || elem_size > STACK_BUFFER_BYTES {
        return None;
    }
    Some(STACK_BUFFER_BYTES / elem_size)
}

/// [`grow_cap`] for an `append` site Go (1.25+) backs with a stack buffer.
///
/// When the result of an `append` of a fixed number of elements (not
/// `append(s, t...)`) does not escape, the compiler reserves a
/// [`STACK_BUFFER_BYTES`] buffer for the slice variable and a `used` flag.
/// When that append needs to grow, the slice is empty, the buffer is unused
/// and the new length fits, the slice moves into the buffer with capacity
/// `32 / elem_size` (`[]byte` gets 32, `[]int64` 4, `[3]int64` 1) instead
/// of a heap size class. Every other growth goes through [`grow_cap`].
///
/// `buffer_used` is the site's flag: it starts `false` and is set when the
/// buffer is taken, so the buffer serves at most once. Deciding which sites
/// qualify is escape analysis, the compiler's business. (Go also has a
/// variant for slices that later move to the heap, `growsliceBuf`, which
/// climbs the size classes inside the buffer; it is not modelled here.)
pub fn grow_cap_stack_buffer(
    old_len: usize,
    old_cap: usize,
    added: usize,
    elem_size: usize,
    elem_has_pointers: bool,
    buffer_used: &mut bool,
) -> usize {
    let new_len = old_len.saturating_add(added);
    if new_len > old_cap && old_len == 0 && !*buffer_used {
        if let Some(k) = stack_buffer_len(elem_size) {
            if new_len <= k {
                *buffer_used = true;
                return k;
            }
        }
    }
    grow_cap(old_len, old_cap, added, elem_size, elem_has_pointers)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Appends one element at a time to a slice of length `len` and capacity
    /// `cap`, as `s = append(s, x)` does, `n` times; returns the capacity
    /// after each append.
    fn caps_after_each_append(
        mut len: usize,
        mut cap: usize,
        n: usize,
        elem_size: usize,
        ptrs: bool,
    ) -> Vec<usize> {
        (0..n)
            .map(|_| {
                cap = grow_cap(len, cap, 1, elem_size, ptrs);
                len += 1;
                cap
            })
            .collect()
    }

    /// The `slice_append_growth_*.go` loop: 2000 single appends to a nil
    /// package-level slice, printing `len cap` whenever cap changes.
    fn growth_from_nil(elem_size: usize, ptrs: bool) -> Vec<(usize, usize)> {
        let caps = caps_after_each_append(0, 0, 2000, elem_size, ptrs);
        let mut out = Vec::new();
        let mut last = None;
        for (i, &cap) in caps.iter().enumerate() {
            if last != Some(cap) {
                out.push((i + 1, cap));
                last = Some(cap);
            }
        }
        out
    }

    /// The second half of each `slice_append_growth_*.go`: `make([]T, 0, 5)`
    /// then 12 single appends, printing cap each time.
    fn growth_from_make_0_5(elem_size: usize, ptrs: bool) -> Vec<usize> {
        caps_after_each_append(0, 5, 12, elem_size, ptrs)
    }

    // tests/run/slice_append_growth_1.stdout ([]byte)
    #[test]
    fn golden_growth_1_byte() {
        assert_eq!(
            growth_from_nil(1, false),
            [
                (1, 8),
                (9, 16),
                (17, 32),
                (33, 64),
                (65, 128),
                (129, 256),
                (257, 512),
                (513, 896),
                (897, 1408),
                (1409, 2048)
            ]
        );
        assert_eq!(
            growth_from_make_0_5(1, false),
            [5, 5, 5, 5, 5, 16, 16, 16, 16, 16, 16, 16]
        );
    }

    // tests/run/slice_append_growth_2.stdout ([]int16)
    #[test]
    fn golden_growth_2_int16() {
        assert_eq!(
            growth_from_nil(2, false),
            [
                (1, 4),
                (5, 8),
                (9, 16),
                (17, 32),
                (33, 64),
                (65, 128),
                (129, 256),
                (257, 512),
                (513, 896),
                (897, 1344),
                (1345, 2048)
            ]
        );
        assert_eq!(
            growth_from_make_0_5(2, false),
            [5, 5, 5, 5, 5, 12, 12, 12, 12, 12, 12, 12]
        );
    }

    // tests/run/slice_append_growth_4.stdout ([]int32)
    #[test]
    fn golden_growth_4_int32() {
        assert_eq!(
            growth_from_nil(4, false),
            [
                (1, 2),
                (3, 4),
                (5, 8),
                (9, 16),
                (17, 32),
                (33, 64),
                (65, 128),
                (129, 256),
                (257, 512),
                (513, 864),
                (865, 1344),
                (1345, 2048)
            ]
        );
        assert_eq!(
            growth_from_make_0_5(4, false),
            [5, 5, 5, 5, 5, 12, 12, 12, 12, 12, 12, 12]
        );
    }

    // tests/run/slice_append_growth_8.stdout ([]int64)
    #[test]
    fn golden_growth_8_int64() {
        assert_eq!(
            growth_from_nil(8, false),
            [
                (1, 1),
                (2, 2),
                (3, 4),
                (5, 8),
                (9, 16),
                (17, 32),
                (33, 64),
                (65, 128),
                (129, 256),
                (257, 512),
                (513, 848),
                (849, 1280),
                (1281, 1792),
                (1793, 2560)
            ]
        );
        assert_eq!(
            growth_from_make_0_5(8, false),
            [5, 5, 5, 5, 5, 10, 10, 10, 10, 10, 20, 20]
        );
    }

    // tests/run/slice_append_growth_16.stdout ([]string: 16 bytes, has pointers)
    #[test]
    fn golden_growth_16_string() {
        assert_eq!(
            growth_from_nil(16, true),
            [
                (1, 1),
                (2, 2),
                (3, 4),
                (5, 8),
                (9, 16),
                (17, 32),
                (33, 71),
                (72, 143),
                (144, 303),
                (304, 591),
                (592, 1023),
                (1024, 1535),
                (1536, 2560)
            ]
        );
        assert_eq!(
            growth_from_make_0_5(16, true),
            [5, 5, 5, 5, 5, 10, 10, 10, 10, 10, 20, 20]
        );
    }

    // tests/run/slice_append_growth_24.stdout ([][]int: 24 bytes, has pointers)
    #[test]
    fn golden_growth_24_slice() {
        assert_eq!(
            growth_from_nil(24, true),
            [
                (1, 1),
                (2, 2),
                (3, 4),
                (5, 8),
                (9, 16),
                (17, 37),
                (38, 74),
                (75, 170),
                (171, 341),
                (342, 682),
                (683, 1135),
                (1136, 1706),
                (1707, 2389)
            ]
        );
        assert_eq!(
            growth_from_make_0_5(24, true),
            [5, 5, 5, 5, 5, 10, 10, 10, 10, 10, 20, 20]
        );
    }

    // tests/run/slice_append_growth_32.stdout ([][4]int64: 32 bytes, no pointers)
    #[test]
    fn golden_growth_32_array() {
        assert_eq!(
            growth_from_nil(32, false),
            [
                (1, 1),
                (2, 2),
                (3, 4),
                (5, 8),
                (9, 16),
                (17, 32),
                (33, 64),
                (65, 128),
                (129, 256),
                (257, 512),
                (513, 852),
                (853, 1280),
                (1281, 1792),
                (1793, 2560)
            ]
        );
        assert_eq!(
            growth_from_make_0_5(32, false),
            [5, 5, 5, 5, 5, 10, 10, 10, 10, 10, 20, 20]
        );
    }

    // tests/run/slice_append_many.stdout
    #[test]
    fn golden_append_many() {
        // `var s []int; s = append(s, make([]int, n)...)` and
        // `append([]byte(nil), make([]byte, n)...)`: no stack buffer for
        // `...` appends. Rows are `n len(s) cap(s) cap(b)`.
        let rows = [
            (1, 1, 8),
            (3, 3, 8),
            (5, 6, 8),
            (7, 8, 8),
            (9, 10, 16),
            (13, 14, 16),
            (17, 18, 24),
            (33, 36, 48),
            (100, 112, 112),
            (513, 608, 576),
            (1000, 1024, 1024),
        ];
        for (n, cap_int, cap_byte) in rows {
            assert_eq!(grow_cap(0, 0, n, 8, false), cap_int, "[]int, n={n}");
            assert_eq!(grow_cap(0, 0, n, 1, false), cap_byte, "[]byte, n={n}");
        }
        // s := []int{1, 2, 3}; s = append(s, 4, 5, 6, 7) -> "7 8"
        let cap = grow_cap(3, 3, 4, 8, false);
        assert_eq!(cap, 8);
        // s = append(s, s...) -> "14 16"
        assert_eq!(grow_cap(7, cap, 7, 8, false), 16);
        // b := []byte("hello") (a constant string: cap is exactly 5);
        // b = append(b, " world, this is long"...) -> "25 32"
        assert_eq!(grow_cap(5, 5, 20, 1, false), 32);
        // var st []string; st = append(st, "a", "b", "c", "d", "e") -> "5 5"
        assert_eq!(grow_cap(0, 0, 5, 16, true), 5);
        // big := make([]int64, 300); big = append(big, 1) -> "301 608"
        assert_eq!(grow_cap(300, 300, 1, 8, false), 608);
        // big2 := make([]int64, 1024); big2 = append(big2, 1) -> "1025 1536"
        assert_eq!(grow_cap(1024, 1024, 1, 8, false), 1536);
    }

    // tests/run/slice_append_growth_stackbuf.stdout
    #[test]
    fn golden_stack_buffer() {
        // Three local slices that do not escape, each appended to once per
        // iteration; printed `len(b) cap(b) cap(i64) cap(big)` after the
        // appends of iterations 0, 1, 2, 4, 8, 32 and 39.
        struct Local {
            len: usize,
            cap: usize,
            used: bool,
            elem_size: usize,
        }
        let mut slices = [1, 8, 24].map(|elem_size| Local {
            len: 0,
            cap: 0,
            used: false,
            elem_size,
        });
        let mut printed = Vec::new();
        for i in 0..40 {
            for s in slices.iter_mut() {
                s.cap = grow_cap_stack_buffer(s.len, s.cap, 1, s.elem_size, false, &mut s.used);
                s.len += 1;
            }
            if i < 3 || i == 4 || i == 8 || i == 32 || i == 39 {
                printed.push((slices[0].len, slices[0].cap, slices[1].cap, slices[2].cap));
            }
        }
        assert_eq!(
            printed,
            [
                (1, 32, 4, 1),
                (2, 32, 4, 2),
                (3, 32, 4, 4),
                (5, 32, 8, 8),
                (9, 32, 16, 16),
                (33, 64, 64, 64),
                (40, 64, 64, 64)
            ]
        );
        assert!(slices.iter().all(|s| s.used));
    }

    #[test]
    fn stack_buffer_rules() {
        assert_eq!(stack_buffer_len(0), None);
        assert_eq!(stack_buffer_len(1), Some(32));
        assert_eq!(stack_buffer_len(24), Some(1));
        assert_eq!(stack_buffer_len(32), Some(1));
        assert_eq!(stack_buffer_len(33), None);
        // Taken at most once.
        let mut used = false;
        assert_eq!(grow_cap_stack_buffer(0, 0, 1, 8, false, &mut used), 4);
        assert!(used);
        assert_eq!(grow_cap_stack_buffer(0, 0, 1, 8, false, &mut used), 1);
        // Not when the slice is not empty (even if the rest would fit).
        let mut used = false;
        assert_eq!(grow_cap_stack_buffer(1, 1, 1, 8, false, &mut used), 2);
        assert!(!used);
        // Not when the new length does not fit.
        assert_eq!(grow_cap_stack_buffer(0, 0, 5, 8, false, &mut used), 6);
        assert!(!used);
        // Not when there is no need to grow.
        assert_eq!(grow_cap_stack_buffer(0, 3, 1, 8, false, &mut used), 3);
        assert!(!used);
        // Elements too big for the buffer.
        assert_eq!(grow_cap_stack_buffer(0, 0, 1, 40, false, &mut used), 1);
        assert!(!used);
    }

    #[test]
    fn next_cap_formula() {
        // More than double requested: exactly that.
        assert_eq!(next_cap(0, 0, 1), 1);
        assert_eq!(next_cap(3, 3, 7), 7);
        // Below the threshold: double.
        assert_eq!(next_cap(5, 5, 6), 10);
        assert_eq!(next_cap(255, 255, 256), 510);
        // From the threshold on: cap += (cap + 768) / 4 until it fits.
        assert_eq!(next_cap(256, 256, 257), 512);
        assert_eq!(next_cap(512, 512, 513), 832);
        assert_eq!(next_cap(1024, 1024, 1025), 1472);
        assert_eq!(next_cap(300, 300, 301), 567);
        assert_eq!(next_cap(300, 300, 600), 900);
        assert_eq!(next_cap(300, 300, 700), 700);
        assert_eq!(next_cap(1000, 1000, 1900), 1000 + 442 + 552);
        // Overflow of Go's int falls back to the requested length, whether
        // doubling overflows...
        let big = i64::MAX as usize / 2 + 10;
        assert_eq!(next_cap(big, big, big + 1), big + 1);
        // ...or the 1.25x steps do.
        let max = i64::MAX as usize;
        let (old, want) = (max / 100 * 45, max / 100 * 90);
        assert_eq!(next_cap(old, old, want), want);
    }

    #[test]
    fn no_growth_when_it_fits() {
        assert_eq!(grow_cap(3, 10, 7, 8, false), 10);
        assert_eq!(grow_cap(0, 0, 0, 8, false), 0);
    }

    #[test]
    fn zero_size_elements() {
        assert_eq!(grow_cap(0, 0, 1, 0, false), 1);
        assert_eq!(grow_cap(7, 7, 3, 0, false), 10);
        assert_eq!(grow_cap(1000, 1000, 1, 0, false), 1001);
    }

    #[test]
    fn special_cased_sizes_agree_with_general_rule() {
        // Go's size-1 / pointer-size / power-of-two branches are shortcuts
        // for the general "round the bytes up, divide by the element size".
        for elem_size in [1, 2, 4, 8, 16, 32, 64, 128, 3, 12, 24, 40, 48, 100] {
            for ptrs in [false, true] {
                for old_cap in (0..3000).step_by(7) {
                    for added in [1, 2, 5, 100] {
                        let want = {
                            let newcap = next_cap(old_cap, old_cap, old_cap + added);
                            roundup_size(newcap * elem_size, !ptrs) / elem_size
                        };
                        assert_eq!(
                            grow_cap(old_cap, old_cap, added, elem_size, ptrs),
                            want,
                            "elem_size={elem_size} ptrs={ptrs} old_cap={old_cap} added={added}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn odd_element_sizes() {
        // 12-byte elements: 10 elements = 120 B -> class 128 -> 10 elements.
        assert_eq!(grow_cap(5, 5, 1, 12, false), 10);
        // 40-byte pointerful elements: 13 * 40 = 520 B > 512, so header:
        // 528 -> class 576, 568 usable -> 14 elements.
        assert_eq!(grow_cap(0, 0, 13, 40, true), 14);
        assert_eq!(grow_cap(0, 0, 13, 40, false), 14);
        // 24-byte pointerful at 32 -> 64: 1536 B + 8 -> 1792 - 8 = 1784 -> 74.
        assert_eq!(grow_cap(37, 37, 1, 24, true), 74);
        assert_eq!(grow_cap(37, 37, 1, 24, false), 74);
        // Same 1536 B without pointers fit class 1536 exactly when cap is 64.
        assert_eq!(grow_cap(32, 32, 1, 24, false), 64);
        assert_eq!(grow_cap(32, 32, 1, 24, true), 74);
    }

    #[test]
    fn len_out_of_range() {
        assert_eq!(checked_grow_cap(usize::MAX, usize::MAX, 1, 1, false), None);
        assert_eq!(
            checked_grow_cap(0, 0, i64::MAX as usize + 1, 1, false),
            None
        );
        // Just past maxAlloc (1 << 48 bytes).
        assert_eq!(checked_grow_cap(0, 0, (MAX_ALLOC >> 3) + 1, 8, false), None);
        assert_eq!(checked_grow_cap(0, 0, MAX_ALLOC / 24 + 1, 24, true), None);
        assert_eq!(checked_grow_cap(0, 0, MAX_ALLOC + 1, 1, false), None);
        // Exactly maxAlloc is allowed.
        assert_eq!(
            checked_grow_cap(0, 0, MAX_ALLOC >> 3, 8, false),
            Some(MAX_ALLOC >> 3)
        );
        // Zero-size elements never allocate.
        assert_eq!(
            checked_grow_cap(0, 0, i64::MAX as usize, 0, false),
            Some(i64::MAX as usize)
        );
    }

    #[test]
    #[should_panic(expected = "growslice: len out of range")]
    fn grow_cap_panics_like_go() {
        grow_cap(0, 0, MAX_ALLOC + 1, 1, false);
    }
}
