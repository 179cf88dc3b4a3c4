//! Package time's pure natives, ported from Go's sources (time/time.go and
//! time/format.go of Go 1.27.3) so that results and error texts are Go's.
//! Sleeping, timers, tickers and `time.After`/`Tick` belong to the
//! scheduler, not here.
//!
//! Value model (see `rtype.rs`): `Duration`, `Month` and `Weekday` are one
//! slot (an int). A `time.Time` is **3 slots**:
//!
//! 0. wall seconds since January 1, year 1, 00:00:00 UTC (i64; Go's
//!    "internal" seconds, its `Time.sec()`),
//! 1. nanoseconds within that second, in `0..1e9`,
//! 2. the monotonic clock reading (i64, Go's `ext` when `hasMonotonic` is
//!    set): nanoseconds since the process-wide base instant **plus 1**, as
//!    Go's `startNano` is one before its first reading; 0 means "no
//!    monotonic reading" (the zero Time, times from `Unix`/`Date`, and
//!    results of operations that strip it).
//!
//! The zero Time is all zeros, so `==` on the slots and `IsZero` agree with
//! Go. As in Go, a reading is kept only while the wall time is between 1885
//! and 2157 (Go packs the wall seconds in 33 bits when it has one). One
//! divergence: a reading that `Add` brings to exactly 0 reads as "none".
//!
//! minigo has no time zones: `Local` is UTC, so every time is presented in
//! UTC (zone name "UTC", offset 0), whatever `Location` produced it.

use super::utf8util::{self as utf8, Args};
use super::{Ctx, Fail, NativeFn};
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

// ---------------------------------------------------------------- constants

const SECONDS_PER_MINUTE: u64 = 60;
const SECONDS_PER_HOUR: u64 = 60 * SECONDS_PER_MINUTE;
const SECONDS_PER_DAY: u64 = 24 * SECONDS_PER_HOUR;
/// Days from March 1 through the end of the year.
const MARCH_THRU_DECEMBER: u32 = 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31;
/// Go's `absoluteYears`: the absolute epoch is March 1 of -ABSOLUTE_YEARS.
const ABSOLUTE_YEARS: u64 = 292277022400;
/// Go's `internalToAbsolute`: `(absoluteYears*365.2425 +
/// marchThruDecember) * secondsPerDay` (365.2425 * 400 = 146097).
const INTERNAL_TO_ABSOLUTE: i64 =
    ((ABSOLUTE_YEARS / 400 * 146097) as i64 + MARCH_THRU_DECEMBER as i64) * SECONDS_PER_DAY as i64;
/// Go's `unixToInternal`: seconds from year 1 to 1970.
const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;
const ABSOLUTE_TO_UNIX: i64 = -INTERNAL_TO_ABSOLUTE - UNIX_TO_INTERNAL;
/// Go's `minWall` and `maxWall`: the wall seconds a time with a monotonic
/// reading may have (years 1885 to 2157).
const MIN_WALL: i64 = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * 86400;
const MAX_WALL: i64 = MIN_WALL + ((1 << 33) - 1);

const MIN_DURATION: i64 = i64::MIN;
const MAX_DURATION: i64 = i64::MAX;
const NANOSECOND: i64 = 1;
const MICROSECOND: i64 = 1000 * NANOSECOND;
const MILLISECOND: i64 = 1000 * MICROSECOND;
const SECOND: i64 = 1000 * MILLISECOND;
const MINUTE: i64 = 60 * SECOND;
const HOUR: i64 = 60 * MINUTE;

const LONG_DAY_NAMES: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const LONG_MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

// ---------------------------------------------------------------- clocks

static MONO_BASE: OnceLock<Instant> = OnceLock::new();

/// Nanoseconds elapsed since the process-wide monotonic base (fixed by the
/// first call of this function or of [`now`]). The scheduler's clock; a
/// Time's monotonic slot is this plus 1.
pub fn monotonic_nanos() -> i64 {
    let base = *MONO_BASE.get_or_init(Instant::now);
    base.elapsed().as_nanos().min(i64::MAX as u128) as i64
}

/// Go's `time.Now()` as a Time's 3 slots: the wall clock, and a monotonic
/// reading unless the wall time is outside 1885..2157 (as in Go).
pub fn now() -> [u64; 3] {
    let mono = monotonic_nanos().wrapping_add(1);
    let (unix, nsec) = match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos() as i64),
        Err(e) => {
            let d = e.duration();
            let (s, n) = (-(d.as_secs() as i64), -(d.subsec_nanos() as i64));
            if n < 0 {
                (s - 1, n + 1_000_000_000)
            } else {
                (s, n)
            }
        }
    };
    let sec = unix.wrapping_add(UNIX_TO_INTERNAL);
    let mono = if (MIN_WALL..=MAX_WALL).contains(&sec) {
        mono
    } else {
        0
    };
    [sec as u64, nsec as u64, mono as u64]
}

// ---------------------------------------------------------------- Time

/// A `time.Time` (see the module comment for the slots).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Time {
    sec: i64,
    nsec: i64,
    /// The monotonic reading; 0 when there is none.
    mono: i64,
}

impl Time {
    fn from_slots(s: [u64; 3]) -> Time {
        Time {
            sec: s[0] as i64,
            nsec: s[1] as i64,
            mono: s[2] as i64,
        }
    }

    fn slots(self) -> [u64; 3] {
        [self.sec as u64, self.nsec as u64, self.mono as u64]
    }

    fn has_mono(self) -> bool {
        self.mono != 0
    }

    /// Go's `unixTime`.
    fn unix_time(sec: i64, nsec: i64) -> Time {
        Time {
            sec: sec.wrapping_add(UNIX_TO_INTERNAL),
            nsec,
            mono: 0,
        }
    }

    fn unix_sec(self) -> i64 {
        self.sec.wrapping_sub(UNIX_TO_INTERNAL)
    }

    /// Go's `absSec` in UTC.
    fn abs(self) -> u64 {
        (self.sec as u64).wrapping_add(INTERNAL_TO_ABSOLUTE as u64)
    }

    fn days(self) -> u64 {
        self.abs() / SECONDS_PER_DAY
    }

    /// Go's `addSec`.
    fn add_sec(&mut self, d: i64) {
        if self.has_mono() {
            let dsec = self.sec - MIN_WALL + d;
            if (0..(1 << 33)).contains(&dsec) {
                self.sec = dsec + MIN_WALL;
                return;
            }
            // The wall seconds leave the range a monotonic time may have.
            self.mono = 0;
        }
        let sum = self.sec.wrapping_add(d);
        if (sum > self.sec) == (d > 0) {
            self.sec = sum;
        } else if d > 0 {
            self.sec = i64::MAX;
        } else {
            self.sec = -i64::MAX;
        }
    }

    /// Go's `Time.Add`.
    fn add(mut self, d: i64) -> Time {
        let mut dsec = d / 1_000_000_000;
        let mut nsec = self.nsec + d % 1_000_000_000;
        if nsec >= 1_000_000_000 {
            dsec += 1;
            nsec -= 1_000_000_000;
        } else if nsec < 0 {
            dsec -= 1;
            nsec += 1_000_000_000;
        }
        self.nsec = nsec;
        self.add_sec(dsec);
        if self.has_mono() {
            let te = self.mono.wrapping_add(d);
            if d < 0 && te > self.mono || d > 0 && te < self.mono {
                self.mono = 0;
            } else {
                self.mono = te;
            }
        }
        self
    }

    fn after(self, u: Time) -> bool {
        if self.has_mono() && u.has_mono() {
            return self.mono > u.mono;
        }
        self.sec > u.sec || self.sec == u.sec && self.nsec > u.nsec
    }

    fn before(self, u: Time) -> bool {
        if self.has_mono() && u.has_mono() {
            return self.mono < u.mono;
        }
        self.sec < u.sec || self.sec == u.sec && self.nsec < u.nsec
    }

    fn equal(self, u: Time) -> bool {
        if self.has_mono() && u.has_mono() {
            return self.mono == u.mono;
        }
        self.sec == u.sec && self.nsec == u.nsec
    }

    /// Go's `Time.Sub`, saturating.
    fn sub(self, u: Time) -> i64 {
        if self.has_mono() && u.has_mono() {
            return sub_mono(self.mono, u.mono);
        }
        let d = self
            .sec
            .wrapping_sub(u.sec)
            .wrapping_mul(SECOND)
            .wrapping_add(self.nsec - u.nsec);
        if u.add(d).equal(self) {
            d
        } else if self.before(u) {
            MIN_DURATION
        } else {
            MAX_DURATION
        }
    }

    fn date(self) -> (i64, i64, i64) {
        days_date(self.days())
    }

    /// Go's `clock`: hour, minute, second.
    fn clock(self) -> (i64, i64, i64) {
        let mut sec = (self.abs() % SECONDS_PER_DAY) as i64;
        let hour = sec / SECONDS_PER_HOUR as i64;
        sec -= hour * SECONDS_PER_HOUR as i64;
        let min = sec / SECONDS_PER_MINUTE as i64;
        sec -= min * SECONDS_PER_MINUTE as i64;
        (hour, min, sec)
    }
}

fn sub_mono(t: i64, u: i64) -> i64 {
    let d = t.wrapping_sub(u);
    if d < 0 && t > u {
        MAX_DURATION
    } else if d > 0 && t < u {
        MIN_DURATION
    } else {
        d
    }
}

/// Go's `time.Unix`.
fn unix(mut sec: i64, mut nsec: i64) -> Time {
    if !(0..1_000_000_000).contains(&nsec) {
        let n = nsec / 1_000_000_000;
        sec = sec.wrapping_add(n);
        nsec -= n * 1_000_000_000;
        if nsec < 0 {
            nsec += 1_000_000_000;
            sec = sec.wrapping_sub(1);
        }
    }
    Time::unix_time(sec, nsec)
}

// ---------------------------------------------------------------- calendar

/// Go's `absDays.split`: century, year within it, day of the (March-based)
/// year.
fn split_days(days: u64) -> (u64, u32, u32) {
    let d = days.wrapping_mul(4).wrapping_add(3);
    let century = d / 146097;
    let cd = (d % 146097) as u32 | 3;
    let prod = 2939745u64 * cd as u64;
    let (hi, lo) = ((prod >> 32) as u32, prod as u32);
    (century, hi, lo / 2939745 / 4)
}

/// Go's `absYday.split`: the March-based month and the day of the month.
fn split_yday(ayday: u32) -> (u32, i64) {
    let d = 2141 * ayday + 197913;
    (d >> 16, 1 + ((d & 0xFFFF) / 2141) as i64)
}

fn jan_feb(ayday: u32) -> u32 {
    (ayday >= MARCH_THRU_DECEMBER) as u32
}

fn century_year(century: u64, cyear: u32, janfeb: u32) -> i64 {
    (century.wrapping_mul(100).wrapping_sub(ABSOLUTE_YEARS) as i64)
        .wrapping_add(cyear as i64)
        .wrapping_add(janfeb as i64)
}

/// Go's `absDays.date`: year, month, day.
fn days_date(days: u64) -> (i64, i64, i64) {
    let (century, cyear, ayday) = split_days(days);
    let (amonth, day) = split_yday(ayday);
    let jf = jan_feb(ayday);
    (
        century_year(century, cyear, jf),
        amonth as i64 - 12 * jf as i64,
        day,
    )
}

/// Go's `absDays.yearYday`: the 1-based day of the year.
fn days_yday(days: u64) -> i64 {
    let (century, cyear, ayday) = split_days(days);
    let jf = jan_feb(ayday) as i64;
    let leap = (cyear % 4 == 0 && (cyear != 0 || century % 4 == 0)) as i64;
    ayday as i64 + (1 + 31 + 28) + (leap & !jf) - 365 * jf
}

fn days_weekday(days: u64) -> i64 {
    (days.wrapping_add(3) % 7) as i64
}

/// Go's `dateToAbsDays`.
fn date_to_abs_days(year: i64, month: i64, day: i64) -> u64 {
    let mut amonth = month as u32;
    let janfeb = (amonth < 3) as u32;
    amonth = amonth.wrapping_add(12 * janfeb);
    let y = (year as u64)
        .wrapping_sub(janfeb as u64)
        .wrapping_add(ABSOLUTE_YEARS);
    let ayday = 979u32.wrapping_mul(amonth).wrapping_sub(2919) >> 5;
    let century = y / 100;
    let cyear = (y % 100) as u32;
    let cday = 1461 * cyear / 4;
    let centurydays = 146097u64.wrapping_mul(century) / 4;
    centurydays.wrapping_add(
        (cday.wrapping_add(ayday) as i64)
            .wrapping_add(day)
            .wrapping_sub(1) as u64,
    )
}

/// Go's `norm`: `hi*base + lo == nhi*base + nlo`, `0 <= nlo < base`.
fn norm(mut hi: i64, mut lo: i64, base: i64) -> (i64, i64) {
    if lo < 0 {
        let n = lo.wrapping_neg().wrapping_sub(1) / base + 1;
        hi = hi.wrapping_sub(n);
        lo = lo.wrapping_add(n.wrapping_mul(base));
    }
    if lo >= base {
        let n = lo / base;
        hi = hi.wrapping_add(n);
        lo = lo.wrapping_sub(n.wrapping_mul(base));
    }
    (hi, lo)
}

/// Go's `time.Date` in UTC (minigo's only zone).
fn date(year: i64, month: i64, day: i64, hour: i64, min: i64, sec: i64, nsec: i64) -> Time {
    let (year, m) = norm(year, month.wrapping_sub(1), 12);
    let month = m + 1;
    let (sec, nsec) = norm(sec, nsec, 1_000_000_000);
    let (min, sec) = norm(min, sec, 60);
    let (hour, min) = norm(hour, min, 60);
    let (day, hour) = norm(day, hour, 24);
    let unix = (date_to_abs_days(year, month, day) as i64)
        .wrapping_mul(SECONDS_PER_DAY as i64)
        .wrapping_add(
            hour.wrapping_mul(3600)
                .wrapping_add(min.wrapping_mul(60))
                .wrapping_add(sec),
        )
        .wrapping_add(ABSOLUTE_TO_UNIX);
    Time::unix_time(unix, nsec as i32 as i64)
}

// ---------------------------------------------------------------- Format

const STD_NEED_DATE: u32 = 1 << 8;
const STD_NEED_YDAY: u32 = 1 << 9;
const STD_NEED_CLOCK: u32 = 1 << 10;
const STD_ARG_SHIFT: u32 = 16;
const STD_SEPARATOR_SHIFT: u32 = 28;
const STD_MASK: u32 = (1 << STD_ARG_SHIFT) - 1;

// Go's std chunk codes (the iota values of format.go).
const STD_LONG_MONTH: u32 = 1 + STD_NEED_DATE;
const STD_MONTH: u32 = 2 + STD_NEED_DATE;
const STD_NUM_MONTH: u32 = 3 + STD_NEED_DATE;
const STD_ZERO_MONTH: u32 = 4 + STD_NEED_DATE;
const STD_LONG_WEEK_DAY: u32 = 5 + STD_NEED_DATE;
const STD_WEEK_DAY: u32 = 6 + STD_NEED_DATE;
const STD_DAY: u32 = 7 + STD_NEED_DATE;
const STD_UNDER_DAY: u32 = 8 + STD_NEED_DATE;
const STD_ZERO_DAY: u32 = 9 + STD_NEED_DATE;
const STD_UNDER_YEAR_DAY: u32 = 10 + STD_NEED_YDAY;
const STD_ZERO_YEAR_DAY: u32 = 11 + STD_NEED_YDAY;
const STD_HOUR: u32 = 12 + STD_NEED_CLOCK;
const STD_HOUR12: u32 = 13 + STD_NEED_CLOCK;
const STD_ZERO_HOUR12: u32 = 14 + STD_NEED_CLOCK;
const STD_MINUTE: u32 = 15 + STD_NEED_CLOCK;
const STD_ZERO_MINUTE: u32 = 16 + STD_NEED_CLOCK;
const STD_SECOND: u32 = 17 + STD_NEED_CLOCK;
const STD_ZERO_SECOND: u32 = 18 + STD_NEED_CLOCK;
const STD_LONG_YEAR: u32 = 19 + STD_NEED_DATE;
const STD_YEAR: u32 = 20 + STD_NEED_DATE;
const STD_PM: u32 = 21 + STD_NEED_CLOCK;
const STD_PM_LOWER: u32 = 22 + STD_NEED_CLOCK;
const STD_TZ: u32 = 23;
const STD_ISO8601_TZ: u32 = 24;
const STD_ISO8601_SECONDS_TZ: u32 = 25;
const STD_ISO8601_SHORT_TZ: u32 = 26;
const STD_ISO8601_COLON_TZ: u32 = 27;
const STD_ISO8601_COLON_SECONDS_TZ: u32 = 28;
const STD_NUM_TZ: u32 = 29;
const STD_NUM_SECONDS_TZ: u32 = 30;
const STD_NUM_SHORT_TZ: u32 = 31;
const STD_NUM_COLON_TZ: u32 = 32;
const STD_NUM_COLON_SECONDS_TZ: u32 = 33;
const STD_FRAC_SECOND0: u32 = 34;
const STD_FRAC_SECOND9: u32 = 35;

/// Go's `std0x`: the codes of "01" .. "06".
const STD_0X: [u32; 6] = [
    STD_ZERO_MONTH,
    STD_ZERO_DAY,
    STD_ZERO_HOUR12,
    STD_ZERO_MINUTE,
    STD_ZERO_SECOND,
    STD_YEAR,
];

fn starts_with_lower_case(s: &[u8]) -> bool {
    s.first().is_some_and(|c| c.is_ascii_lowercase())
}

/// Go's `nextStdChunk`: the text before the first std element of
/// `layout`, its code (0 for none) and the text after it.
fn next_std_chunk(layout: &[u8]) -> (&[u8], u32, &[u8]) {
    let at = |i: usize, s: &[u8]| layout.len() >= i + s.len() && &layout[i..i + s.len()] == s;
    for i in 0..layout.len() {
        let chunk = |code: u32, len: usize| Some((code, i + len));
        let found = match layout[i] {
            b'J' if at(i, b"Jan") => {
                if at(i, b"January") {
                    chunk(STD_LONG_MONTH, 7)
                } else if !starts_with_lower_case(&layout[i + 3..]) {
                    chunk(STD_MONTH, 3)
                } else {
                    None
                }
            }
            b'M' if layout.len() >= i + 3 => {
                if at(i, b"Mon") && at(i, b"Monday") {
                    chunk(STD_LONG_WEEK_DAY, 6)
                } else if at(i, b"Mon") && !starts_with_lower_case(&layout[i + 3..]) {
                    chunk(STD_WEEK_DAY, 3)
                } else if at(i, b"MST") {
                    chunk(STD_TZ, 3)
                } else {
                    None
                }
            }
            b'0' => {
                if layout.len() >= i + 2 && (b'1'..=b'6').contains(&layout[i + 1]) {
                    chunk(STD_0X[(layout[i + 1] - b'1') as usize], 2)
                } else if at(i, b"002") {
                    chunk(STD_ZERO_YEAR_DAY, 3)
                } else {
                    None
                }
            }
            b'1' => {
                if at(i, b"15") {
                    chunk(STD_HOUR, 2)
                } else {
                    chunk(STD_NUM_MONTH, 1)
                }
            }
            b'2' => {
                if at(i, b"2006") {
                    chunk(STD_LONG_YEAR, 4)
                } else {
                    chunk(STD_DAY, 1)
                }
            }
            b'_' => {
                if at(i, b"_2") {
                    // _2006 is really a literal _, followed by stdLongYear.
                    if at(i + 1, b"2006") {
                        return (&layout[..i + 1], STD_LONG_YEAR, &layout[i + 5..]);
                    }
                    chunk(STD_UNDER_DAY, 2)
                } else if at(i, b"__2") {
                    chunk(STD_UNDER_YEAR_DAY, 3)
                } else {
                    None
                }
            }
            b'3' => chunk(STD_HOUR12, 1),
            b'4' => chunk(STD_MINUTE, 1),
            b'5' => chunk(STD_SECOND, 1),
            b'P' if at(i, b"PM") => chunk(STD_PM, 2),
            b'p' if at(i, b"pm") => chunk(STD_PM_LOWER, 2),
            b'-' => {
                if at(i, b"-070000") {
                    chunk(STD_NUM_SECONDS_TZ, 7)
                } else if at(i, b"-07:00:00") {
                    chunk(STD_NUM_COLON_SECONDS_TZ, 9)
                } else if at(i, b"-0700") {
                    chunk(STD_NUM_TZ, 5)
                } else if at(i, b"-07:00") {
                    chunk(STD_NUM_COLON_TZ, 6)
                } else if at(i, b"-07") {
                    chunk(STD_NUM_SHORT_TZ, 3)
                } else {
                    None
                }
            }
            b'Z' => {
                if at(i, b"Z070000") {
                    chunk(STD_ISO8601_SECONDS_TZ, 7)
                } else if at(i, b"Z07:00:00") {
                    chunk(STD_ISO8601_COLON_SECONDS_TZ, 9)
                } else if at(i, b"Z0700") {
                    chunk(STD_ISO8601_TZ, 5)
                } else if at(i, b"Z07:00") {
                    chunk(STD_ISO8601_COLON_TZ, 6)
                } else if at(i, b"Z07") {
                    chunk(STD_ISO8601_SHORT_TZ, 3)
                } else {
                    None
                }
            }
            c @ (b'.' | b',') if i + 1 < layout.len() && matches!(layout[i + 1], b'0' | b'9') => {
                let ch = layout[i + 1];
                let mut j = i + 1;
                while j < layout.len() && layout[j] == ch {
                    j += 1;
                }
                // The digits must end here: only a fractional second is
                // all digits.
                if j < layout.len() && layout[j].is_ascii_digit() {
                    None
                } else {
                    let code = if ch == b'9' {
                        STD_FRAC_SECOND9
                    } else {
                        STD_FRAC_SECOND0
                    };
                    let n = ((j - (i + 1)) as u32 & 0xfff) << STD_ARG_SHIFT;
                    let sep = if c == b'.' {
                        0
                    } else {
                        1 << STD_SEPARATOR_SHIFT
                    };
                    Some((code | n | sep, j))
                }
            }
            _ => None,
        };
        if let Some((code, end)) = found {
            return (&layout[..i], code, &layout[end..]);
        }
    }
    (layout, 0, b"")
}

/// Go's `appendInt`: `x` in decimal, zero-padded to `width` digits.
fn append_int(b: &mut Vec<u8>, x: i64, width: usize) {
    if x < 0 {
        b.push(b'-');
    }
    let digits = x.unsigned_abs().to_string();
    for _ in digits.len()..width {
        b.push(b'0');
    }
    b.extend_from_slice(digits.as_bytes());
}

/// Go's `appendNano`: the fractional second of std element `std`.
fn append_nano(b: &mut Vec<u8>, nanosec: i64, std: u32) {
    let trim = std & STD_MASK == STD_FRAC_SECOND9;
    let n = ((std >> STD_ARG_SHIFT) & 0xfff) as usize;
    if trim && (n == 0 || nanosec == 0) {
        return;
    }
    let dot = if std >> STD_SEPARATOR_SHIFT == 0 {
        b'.'
    } else {
        b','
    };
    b.push(dot);
    append_int(b, nanosec, 9);
    if n < 9 {
        b.truncate(b.len() - 9 + n);
    }
    if trim {
        while b.last() == Some(&b'0') {
            b.pop();
        }
        if b.last() == Some(&dot) {
            b.pop();
        }
    }
}

/// Go's `Time.Format` in UTC (zone name "UTC", offset 0).
fn format(t: Time, mut layout: &[u8]) -> Vec<u8> {
    let mut b = Vec::with_capacity(layout.len() + 10);
    let (name, offset): (&[u8], i64) = (b"UTC", 0);
    let days = t.days();
    let (mut year, mut month, mut day) = (-1, 0, 0);
    let mut yday = -1;
    let (mut hour, mut min, mut sec) = (-1, 0, 0);
    while !layout.is_empty() {
        let (prefix, std, suffix) = next_std_chunk(layout);
        b.extend_from_slice(prefix);
        if std == 0 {
            break;
        }
        layout = suffix;
        if year < 0 && std & STD_NEED_DATE != 0 {
            (year, month, day) = days_date(days);
        }
        if yday < 0 && std & STD_NEED_YDAY != 0 {
            yday = days_yday(days);
        }
        if hour < 0 && std & STD_NEED_CLOCK != 0 {
            (hour, min, sec) = t.clock();
        }
        match std & STD_MASK {
            STD_YEAR => append_int(&mut b, year.wrapping_abs() % 100, 2),
            STD_LONG_YEAR => append_int(&mut b, year, 4),
            STD_MONTH => b.extend_from_slice(&month_string(month)[..3]),
            STD_LONG_MONTH => b.extend_from_slice(&month_string(month)),
            STD_NUM_MONTH => append_int(&mut b, month, 0),
            STD_ZERO_MONTH => append_int(&mut b, month, 2),
            STD_WEEK_DAY => b.extend_from_slice(&weekday_string(days_weekday(days))[..3]),
            STD_LONG_WEEK_DAY => b.extend_from_slice(&weekday_string(days_weekday(days))),
            STD_DAY => append_int(&mut b, day, 0),
            STD_UNDER_DAY => {
                if day < 10 {
                    b.push(b' ');
                }
                append_int(&mut b, day, 0);
            }
            STD_ZERO_DAY => append_int(&mut b, day, 2),
            STD_UNDER_YEAR_DAY => {
                if yday < 100 {
                    b.push(b' ');
                    if yday < 10 {
                        b.push(b' ');
                    }
                }
                append_int(&mut b, yday, 0);
            }
            STD_ZERO_YEAR_DAY => append_int(&mut b, yday, 3),
            STD_HOUR => append_int(&mut b, hour, 2),
            STD_HOUR12 | STD_ZERO_HOUR12 => {
                // Noon is 12PM, midnight is 12AM.
                let hr = match hour % 12 {
                    0 => 12,
                    h => h,
                };
                append_int(&mut b, hr, if std == STD_HOUR12 { 0 } else { 2 });
            }
            STD_MINUTE => append_int(&mut b, min, 0),
            STD_ZERO_MINUTE => append_int(&mut b, min, 2),
            STD_SECOND => append_int(&mut b, sec, 0),
            STD_ZERO_SECOND => append_int(&mut b, sec, 2),
            STD_PM => b.extend_from_slice(if hour >= 12 { b"PM" } else { b"AM" }),
            STD_PM_LOWER => b.extend_from_slice(if hour >= 12 { b"pm" } else { b"am" }),
            STD_ISO8601_TZ..=STD_NUM_COLON_SECONDS_TZ => {
                let iso = (STD_ISO8601_TZ..=STD_ISO8601_COLON_SECONDS_TZ).contains(&std);
                if offset == 0 && iso {
                    b.push(b'Z');
                    continue;
                }
                let mut zone = offset / 60;
                let mut absoffset = offset;
                if zone < 0 {
                    b.push(b'-');
                    zone = -zone;
                    absoffset = -absoffset;
                } else {
                    b.push(b'+');
                }
                append_int(&mut b, zone / 60, 2);
                let colon = matches!(
                    std,
                    STD_ISO8601_COLON_TZ
                        | STD_NUM_COLON_TZ
                        | STD_ISO8601_COLON_SECONDS_TZ
                        | STD_NUM_COLON_SECONDS_TZ
                );
                if colon {
                    b.push(b':');
                }
                if std != STD_NUM_SHORT_TZ && std != STD_ISO8601_SHORT_TZ {
                    append_int(&mut b, zone % 60, 2);
                }
                if matches!(
                    std,
                    STD_ISO8601_SECONDS_TZ
                        | STD_NUM_SECONDS_TZ
                        | STD_NUM_COLON_SECONDS_TZ
                        | STD_ISO8601_COLON_SECONDS_TZ
                ) {
                    if std == STD_NUM_COLON_SECONDS_TZ || std == STD_ISO8601_COLON_SECONDS_TZ {
                        b.push(b':');
                    }
                    append_int(&mut b, absoffset % 60, 2);
                }
            }
            STD_TZ => b.extend_from_slice(name),
            STD_FRAC_SECOND0 | STD_FRAC_SECOND9 => append_nano(&mut b, t.nsec, std),
            _ => {}
        }
    }
    b
}

/// Go's `Time.String`: the time, and its monotonic reading as
/// " m=±<seconds>.<9 digits>" when it has one.
fn time_string(t: Time) -> Vec<u8> {
    let mut s = format(t, b"2006-01-02 15:04:05.999999999 -0700 MST");
    if t.has_mono() {
        let sign = if t.mono < 0 { b'-' } else { b'+' };
        let m2 = t.mono.unsigned_abs();
        let (m1, m2) = (m2 / 1_000_000_000, m2 % 1_000_000_000);
        let (m0, m1) = (m1 / 1_000_000_000, m1 % 1_000_000_000);
        s.extend_from_slice(b" m=");
        s.push(sign);
        let mut wid = 0;
        if m0 != 0 {
            append_int(&mut s, m0 as i64, 0);
            wid = 9;
        }
        append_int(&mut s, m1 as i64, wid);
        s.push(b'.');
        append_int(&mut s, m2 as i64, 9);
    }
    s
}

fn month_string(m: i64) -> Vec<u8> {
    if (1..=12).contains(&m) {
        return LONG_MONTH_NAMES[m as usize - 1].as_bytes().to_vec();
    }
    format!("%!Month({})", m as u64).into_bytes()
}

fn weekday_string(d: i64) -> Vec<u8> {
    if (0..=6).contains(&d) {
        return LONG_DAY_NAMES[d as usize].as_bytes().to_vec();
    }
    format!("%!Weekday({})", d as u64).into_bytes()
}

// ---------------------------------------------------------------- Duration

/// Go's `fmtFrac`: prepends the fraction of `v / 10^prec` (trailing zeros
/// and a lone point omitted) before `w`; returns the new start and
/// `v / 10^prec`.
fn fmt_frac(buf: &mut [u8], mut w: usize, mut v: u64, prec: usize) -> (usize, u64) {
    let mut print = false;
    for _ in 0..prec {
        let digit = v % 10;
        print = print || digit != 0;
        if print {
            w -= 1;
            buf[w] = digit as u8 + b'0';
        }
        v /= 10;
    }
    if print {
        w -= 1;
        buf[w] = b'.';
    }
    (w, v)
}

/// Go's `fmtInt`: prepends `v` in decimal before `w`.
fn fmt_int(buf: &mut [u8], mut w: usize, mut v: u64) -> usize {
    if v == 0 {
        w -= 1;
        buf[w] = b'0';
    }
    while v > 0 {
        w -= 1;
        buf[w] = (v % 10) as u8 + b'0';
        v /= 10;
    }
    w
}

/// Go's `Duration.String` ("72h3m0.5s", "1.5µs", "0s").
fn duration_string(d: i64) -> Vec<u8> {
    let mut buf = [0u8; 32];
    let mut w = buf.len();
    let neg = d < 0;
    let mut u = d.unsigned_abs();
    if u < SECOND as u64 {
        // Smaller than a second: a smaller unit, like 1.2ms.
        w -= 1;
        buf[w] = b's';
        w -= 1;
        let prec = if u == 0 {
            buf[w] = b'0';
            return buf[w..].to_vec();
        } else if u < MICROSECOND as u64 {
            buf[w] = b'n';
            0
        } else if u < MILLISECOND as u64 {
            // U+00B5 'µ' micro sign == 0xC2 0xB5.
            w -= 1;
            buf[w..w + 2].copy_from_slice("µ".as_bytes());
            3
        } else {
            buf[w] = b'm';
            6
        };
        (w, u) = fmt_frac(&mut buf, w, u, prec);
        w = fmt_int(&mut buf, w, u);
    } else {
        w -= 1;
        buf[w] = b's';
        (w, u) = fmt_frac(&mut buf, w, u, 9);
        // u is now integer seconds.
        w = fmt_int(&mut buf, w, u % 60);
        u /= 60;
        // u is now integer minutes.
        if u > 0 {
            w -= 1;
            buf[w] = b'm';
            w = fmt_int(&mut buf, w, u % 60);
            u /= 60;
            // u is now integer hours (days differ in length).
            if u > 0 {
                w -= 1;
                buf[w] = b'h';
                w = fmt_int(&mut buf, w, u);
            }
        }
    }
    if neg {
        w -= 1;
        buf[w] = b'-';
    }
    buf[w..].to_vec()
}

/// Go's `time.quote` (not strconv's: every byte of a non-ASCII or control
/// rune as `\xNN`).
fn quote(s: &[u8]) -> Vec<u8> {
    const LOWERHEX: &[u8; 16] = b"0123456789abcdef";
    let mut buf = vec![b'"'];
    let mut i = 0;
    while i < s.len() {
        let (c, size) = utf8::decode(&s[i..]);
        if c >= utf8::RUNE_SELF as i32 || c < b' ' as i32 {
            let width = if c == utf8::RUNE_ERROR {
                if i + 2 < s.len() && &s[i..i + 3] == "\u{FFFD}".as_bytes() {
                    3
                } else {
                    1
                }
            } else {
                size
            };
            for &byte in &s[i..i + width] {
                buf.extend_from_slice(b"\\x");
                buf.push(LOWERHEX[(byte >> 4) as usize]);
                buf.push(LOWERHEX[(byte & 0xF) as usize]);
            }
        } else {
            if c == '"' as i32 || c == '\\' as i32 {
                buf.push(b'\\');
            }
            buf.push(c as u8);
        }
        i += size;
    }
    buf.push(b'"');
    buf
}

/// Go's `leadingInt`: the leading digits' value (None on overflow) and
/// the rest.
fn leading_int(s: &[u8]) -> Option<(u64, &[u8])> {
    let mut x: u64 = 0;
    let mut i = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        if x > (1 << 63) / 10 {
            return None;
        }
        x = x * 10 + (s[i] - b'0') as u64;
        if x > 1 << 63 {
            return None;
        }
        i += 1;
    }
    Some((x, &s[i..]))
}

/// Go's `leadingFraction`: the leading digits' value, 10^(digits used)
/// and the rest; stops accumulating precision on overflow.
fn leading_fraction(s: &[u8]) -> (u64, f64, &[u8]) {
    let (mut x, mut scale, mut overflow) = (0u64, 1f64, false);
    let mut i = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        let c = s[i];
        i += 1;
        if overflow {
            continue;
        }
        if x > ((1 << 63) - 1) / 10 {
            overflow = true;
            continue;
        }
        let y = x * 10 + (c - b'0') as u64;
        if y > 1 << 63 {
            overflow = true;
            continue;
        }
        x = y;
        scale *= 10.0;
    }
    (x, scale, &s[i..])
}

fn unit(u: &[u8]) -> Option<u64> {
    Some(match u {
        b"ns" => NANOSECOND,
        b"us" => MICROSECOND,
        // U+00B5 micro sign and U+03BC Greek letter mu.
        b"\xc2\xb5s" | b"\xce\xbcs" => MICROSECOND,
        b"ms" => MILLISECOND,
        b"s" => SECOND,
        b"m" => MINUTE,
        b"h" => HOUR,
        _ => return None,
    } as u64)
}

/// Go's `ParseDuration`: the duration, or the error's text.
fn parse_duration(orig: &[u8]) -> Result<i64, Vec<u8>> {
    let err = |msg: &[u8]| {
        let mut m = b"time: ".to_vec();
        m.extend_from_slice(msg);
        m.push(b' ');
        m.extend(quote(orig));
        m
    };
    let invalid = || err(b"invalid duration");
    let mut s = orig;
    let mut d: u64 = 0;
    let mut neg = false;
    if let [c @ (b'-' | b'+'), rest @ ..] = s {
        neg = *c == b'-';
        s = rest;
    }
    if s == b"0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    while !s.is_empty() {
        if !(s[0] == b'.' || s[0].is_ascii_digit()) {
            return Err(invalid());
        }
        let pl = s.len();
        let Some((mut v, rest)) = leading_int(s) else {
            return Err(invalid());
        };
        s = rest;
        let pre = pl != s.len();
        let (mut f, mut scale, mut post) = (0, 1.0, false);
        if let [b'.', rest @ ..] = s {
            let pl = rest.len();
            (f, scale, s) = leading_fraction(rest);
            post = pl != s.len();
        }
        if !pre && !post {
            // No digits (e.g. ".s" or "-.s").
            return Err(invalid());
        }
        let i = s
            .iter()
            .position(|&c| c == b'.' || c.is_ascii_digit())
            .unwrap_or(s.len());
        if i == 0 {
            return Err(err(b"missing unit in duration"));
        }
        let u = &s[..i];
        s = &s[i..];
        let Some(unit) = unit(u) else {
            let mut m = b"unknown unit ".to_vec();
            m.extend(quote(u));
            m.extend_from_slice(b" in duration");
            return Err(err(&m));
        };
        if v > (1 << 63) / unit {
            return Err(invalid());
        }
        v *= unit;
        if f > 0 {
            // float64 keeps fractions of hours nanosecond-accurate.
            v += (f as f64 * (unit as f64 / scale)) as u64;
            if v > 1 << 63 {
                return Err(invalid());
            }
        }
        d += v;
        if d > 1 << 63 {
            return Err(invalid());
        }
    }
    if neg {
        return Ok((d as i64).wrapping_neg());
    }
    if d > (1 << 63) - 1 {
        return Err(invalid());
    }
    Ok(d as i64)
}

fn duration_round(d: i64, m: i64) -> i64 {
    if m <= 0 {
        return d;
    }
    let less_than_half = |x: i64, y: i64| (x as u64).wrapping_add(x as u64) < y as u64;
    let mut r = d % m;
    if d < 0 {
        r = -r;
        if less_than_half(r, m) {
            return d + r;
        }
        let d1 = d.wrapping_sub(m).wrapping_add(r);
        if d1 < d {
            return d1;
        }
        return MIN_DURATION;
    }
    if less_than_half(r, m) {
        return d - r;
    }
    let d1 = d.wrapping_add(m).wrapping_sub(r);
    if d1 > d {
        return d1;
    }
    MAX_DURATION
}

fn duration_truncate(d: i64, m: i64) -> i64 {
    if m <= 0 {
        d
    } else {
        d - d % m
    }
}

/// A float of whole `unit`s plus the remainder's fraction, as Go's
/// `Seconds`, `Minutes` and `Hours` compute it.
fn duration_in(d: i64, unit: i64) -> f64 {
    (d / unit) as f64 + (d % unit) as f64 / unit as f64
}

// ---------------------------------------------------------------- natives

fn time_arg(a: &mut Args) -> Time {
    Time::from_slots([a.word(), a.word(), a.word()])
}

fn push_time(out: &mut Vec<u64>, t: Time) -> Result<(), Fail> {
    out.extend(t.slots());
    Ok(())
}

fn push_int(out: &mut Vec<u64>, v: i64) -> Result<(), Fail> {
    out.push(v as u64);
    Ok(())
}

fn push_float(out: &mut Vec<u64>, v: f64) -> Result<(), Fail> {
    out.push(v.to_bits());
    Ok(())
}

fn push_bool(out: &mut Vec<u64>, b: bool) -> Result<(), Fail> {
    out.push(b as u64);
    Ok(())
}

fn push_string(ctx: &mut Ctx, out: &mut Vec<u64>, s: Vec<u8>) -> Result<(), Fail> {
    ctx.push_str(out, s);
    Ok(())
}

/// A method of Duration (one slot) returning an int64.
fn dur_int(a: &[u64], out: &mut Vec<u64>, f: fn(i64) -> i64) -> Result<(), Fail> {
    push_int(out, f(a[0] as i64))
}

/// A method of Time returning an int.
fn time_int(a: &[u64], out: &mut Vec<u64>, f: fn(Time) -> i64) -> Result<(), Fail> {
    push_int(out, f(time_arg(&mut Args::new(a))))
}

/// A method of Time taking another Time and returning a bool.
fn time_cmp(a: &[u64], out: &mut Vec<u64>, f: fn(Time, Time) -> bool) -> Result<(), Fail> {
    let mut a = Args::new(a);
    let (t, u) = (time_arg(&mut a), time_arg(&mut a));
    push_bool(out, f(t, u))
}

/// `time.UTC` and `time.Local` as `*Location` values: small handles (never
/// heap addresses; the type is opaque). minigo's Local is UTC, but it
/// prints as "Local", as Go's does.
pub const UTC: u64 = 1;
pub const LOCAL: u64 = 2;

pub static NATIVES: &[(&str, NativeFn)] = &[
    // Functions.
    ("time.Date", |_, a, o| {
        let mut a = Args::new(a);
        let v: [i64; 7] = std::array::from_fn(|_| a.int());
        if a.word() == 0 {
            return Err(Fail::Panic(
                "time: missing Location in call to Date".to_string(),
            ));
        }
        push_time(o, date(v[0], v[1], v[2], v[3], v[4], v[5], v[6]))
    }),
    ("time.Now", |_, _, o| {
        o.extend(now());
        Ok(())
    }),
    ("time.ParseDuration", |c, a, o| {
        let s = Args::new(a).str(c);
        match parse_duration(&s) {
            Ok(d) => {
                o.push(d as u64);
                c.push_error(o, None);
            }
            Err(m) => {
                o.push(0);
                c.push_error(o, Some(&m));
            }
        }
        Ok(())
    }),
    ("time.Since", |_, a, o| {
        let t = time_arg(&mut Args::new(a));
        if t.has_mono() {
            return push_int(o, sub_mono(monotonic_nanos().wrapping_add(1), t.mono));
        }
        push_int(o, Time::from_slots(now()).sub(t))
    }),
    ("time.Unix", |_, a, o| {
        push_time(o, unix(a[0] as i64, a[1] as i64))
    }),
    ("time.UnixMilli", |_, a, o| {
        let msec = a[0] as i64;
        push_time(o, unix(msec / 1000, (msec % 1000) * 1_000_000))
    }),
    ("time.Until", |_, a, o| {
        let t = time_arg(&mut Args::new(a));
        if t.has_mono() {
            return push_int(o, sub_mono(t.mono, monotonic_nanos().wrapping_add(1)));
        }
        push_int(o, t.sub(Time::from_slots(now())))
    }),
    // Duration.
    ("time.Duration.Abs", |_, a, o| {
        dur_int(a, o, |d| {
            if d == MIN_DURATION {
                MAX_DURATION
            } else {
                d.abs()
            }
        })
    }),
    ("time.Duration.Hours", |_, a, o| {
        push_float(o, duration_in(a[0] as i64, HOUR))
    }),
    ("time.Duration.Microseconds", |_, a, o| {
        dur_int(a, o, |d| d / MICROSECOND)
    }),
    ("time.Duration.Milliseconds", |_, a, o| {
        dur_int(a, o, |d| d / MILLISECOND)
    }),
    ("time.Duration.Minutes", |_, a, o| {
        push_float(o, duration_in(a[0] as i64, MINUTE))
    }),
    ("time.Duration.Nanoseconds", |_, a, o| dur_int(a, o, |d| d)),
    ("time.Duration.Round", |_, a, o| {
        push_int(o, duration_round(a[0] as i64, a[1] as i64))
    }),
    ("time.Duration.Seconds", |_, a, o| {
        push_float(o, duration_in(a[0] as i64, SECOND))
    }),
    ("time.Duration.String", |c, a, o| {
        push_string(c, o, duration_string(a[0] as i64))
    }),
    ("time.Duration.Truncate", |_, a, o| {
        push_int(o, duration_truncate(a[0] as i64, a[1] as i64))
    }),
    // Month and Weekday.
    ("time.Month.String", |c, a, o| {
        push_string(c, o, month_string(a[0] as i64))
    }),
    ("time.Weekday.String", |c, a, o| {
        push_string(c, o, weekday_string(a[0] as i64))
    }),
    // *Location: time.UTC and time.Local are the handles below.
    ("time.(*Location).String", |c, a, o| {
        let name = if a[0] == LOCAL { "Local" } else { "UTC" };
        push_string(c, o, name.into())
    }),
    // Time.
    ("time.Time.Add", |_, a, o| {
        let mut a = Args::new(a);
        let t = time_arg(&mut a);
        push_time(o, t.add(a.int()))
    }),
    ("time.Time.After", |_, a, o| time_cmp(a, o, Time::after)),
    ("time.Time.Before", |_, a, o| time_cmp(a, o, Time::before)),
    ("time.Time.Day", |_, a, o| time_int(a, o, |t| t.date().2)),
    ("time.Time.Equal", |_, a, o| time_cmp(a, o, Time::equal)),
    ("time.Time.Format", |c, a, o| {
        let mut a = Args::new(a);
        let t = time_arg(&mut a);
        let layout = a.str(c);
        push_string(c, o, format(t, &layout))
    }),
    ("time.Time.Hour", |_, a, o| time_int(a, o, |t| t.clock().0)),
    ("time.Time.IsZero", |_, a, o| {
        let t = time_arg(&mut Args::new(a));
        push_bool(o, t.sec == 0 && t.nsec == 0 && t.mono == 0)
    }),
    ("time.Time.Minute", |_, a, o| {
        time_int(a, o, |t| t.clock().1)
    }),
    ("time.Time.Month", |_, a, o| time_int(a, o, |t| t.date().1)),
    ("time.Time.Nanosecond", |_, a, o| time_int(a, o, |t| t.nsec)),
    ("time.Time.Second", |_, a, o| {
        time_int(a, o, |t| t.clock().2)
    }),
    ("time.Time.String", |c, a, o| {
        let t = time_arg(&mut Args::new(a));
        push_string(c, o, time_string(t))
    }),
    ("time.Time.Sub", |_, a, o| {
        let mut a = Args::new(a);
        let (t, u) = (time_arg(&mut a), time_arg(&mut a));
        push_int(o, t.sub(u))
    }),
    ("time.Time.Unix", |_, a, o| time_int(a, o, Time::unix_sec)),
    ("time.Time.UnixMilli", |_, a, o| {
        time_int(a, o, |t| {
            t.unix_sec()
                .wrapping_mul(1000)
                .wrapping_add(t.nsec / 1_000_000)
        })
    }),
    ("time.Time.UnixNano", |_, a, o| {
        time_int(a, o, |t| {
            t.unix_sec()
                .wrapping_mul(1_000_000_000)
                .wrapping_add(t.nsec)
        })
    }),
    ("time.Time.Weekday", |_, a, o| {
        time_int(a, o, |t| days_weekday(t.days()))
    }),
    ("time.Time.Year", |_, a, o| time_int(a, o, |t| t.date().0)),
    ("time.Time.YearDay", |_, a, o| {
        time_int(a, o, |t| days_yday(t.days()))
    }),
];
