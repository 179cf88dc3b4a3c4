//! Go's constant values and their arithmetic, modelled on `go/constant`
//! (which is what gc's type checker, types2, uses).
//!
//! * Integers are unbounded `BigInt`s. Go limits *untyped* integer results to
//!   512 bits ("constant addition overflow"); `binary` and `unary` enforce that
//!   (typed operands, at most 64 bits wide, can never reach it), while `shift`
//!   leaves it to the caller (see [`Value::exceeds_untyped_int_limit`]) because
//!   gc prints an overflowing *typed* shift result in full.
//! * Floats are exact rationals, as `go/constant` keeps them while numerator
//!   and denominator stay below 4096 bits; past that, like `go/constant`, the
//!   value is rounded to a 512-bit mantissa (still stored as a rational).
//!   Magnitudes beyond 2^±65536 are refused (`ConstError::Overflow`, or an
//!   "exponent out of range" error for literals); Go's own limit is 2^±2^31.
//! * `represent` applies the spec's representability rules, rounding to
//!   float32/float64 like gc (the constant *becomes* the rounded value).
//! * `describe` prints a value exactly as `go/constant`'s `Value.String`
//!   does, which is what gc shows in messages such as
//!   `cannot use c (untyped int constant 300) as uint8 value ...`.

use std::cmp::Ordering;
use std::fmt;
use std::rc::Rc;

use grammar::ast::{BinaryOp, LitKind, UnaryOp};
use grammar::literal::{decode_rune, decode_string, int_digits};
use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::basic::BasicKind;

/// Untyped integer constants may not need more bits than this (gc's
/// `constant %s overflow`, checked on the absolute value).
pub const UNTYPED_INT_BITS: u64 = 512;
/// The largest constant shift count gc accepts (`1023 - 1 + 52`); larger is
/// `invalid shift count`.
pub const MAX_SHIFT: u64 = 1074;
/// `go/constant`'s `maxExp`: rationals whose numerator or denominator need
/// this many bits or more are rounded to `FLOAT_PREC` bits of mantissa.
const RAT_COMPONENT_BITS: u64 = 4096;
/// `go/constant`'s `prec`: the mantissa precision of its big floats.
const FLOAT_PREC: u32 = 512;
/// Our own bound on a float constant's binary exponent (Go's is 2^31).
const MAX_FLOAT_EXP: i64 = 1 << 16;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Bool(bool),
    String(Rc<[u8]>),
    Int(BigInt),
    Float(BigRational),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstError {
    /// `invalid operation: division by zero`
    DivByZero,
    /// The shift count exceeds [`MAX_SHIFT`] (gc: `invalid shift count N`).
    ShiftTooLarge,
    /// An untyped integer result needs more than 512 bits (gc: `constant
    /// <op> overflow`, e.g. `constant multiplication overflow`), or a float
    /// result's magnitude is beyond what we keep.
    Overflow,
    /// The operation is not defined on these values (e.g. `%` on non-integral
    /// floats, `&&` on ints, mixed representations). The checker reports
    /// these by type before ever calling in; this is a safety net.
    Invalid,
}

impl fmt::Display for ConstError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ConstError::DivByZero => "division by zero",
            ConstError::ShiftTooLarge => "invalid shift count",
            ConstError::Overflow => "constant overflow",
            ConstError::Invalid => "invalid constant operation",
        })
    }
}

/// Why a constant is not representable by a type. The words are gc's
/// parenthesised suffixes: `(overflows)`, `(truncated)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repr {
    Overflows,
    Truncated,
    Mismatch,
}

impl fmt::Display for Repr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Repr::Overflows => "overflows",
            Repr::Truncated => "truncated",
            Repr::Mismatch => "mismatched kind",
        })
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(BigInt::from(v))
    }
}

impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Bool(v)
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::String(Rc::from(v.as_bytes()))
    }
}

impl Value {
    // ----- construction -------------------------------------------------

    /// The value of a literal from its source text (already checked by the
    /// lexer).
    pub fn from_literal(kind: LitKind, raw: &str) -> Result<Value, String> {
        match kind {
            LitKind::Int => {
                let (base, digits) = int_digits(raw);
                BigInt::parse_bytes(digits.as_bytes(), base)
                    .map(Value::Int)
                    .ok_or_else(|| format!("malformed integer literal {raw}"))
            }
            LitKind::Float => parse_float(raw).map(Value::Float),
            LitKind::Imag => Err(format!(
                "imaginary literal {raw} not supported (minigo has no complex numbers)"
            )),
            LitKind::Rune => Ok(Value::Int(BigInt::from(decode_rune(raw)))),
            LitKind::String => Ok(Value::String(Rc::from(decode_string(raw)))),
        }
    }

    /// An exact float constant from an `f64` (`None` for NaN and infinities;
    /// -0 becomes 0, as in `constant.MakeFloat64`).
    pub fn from_f64(x: f64) -> Option<Value> {
        f64_to_rational(x).map(Value::Float)
    }

    pub fn from_bytes(b: &[u8]) -> Value {
        Value::String(Rc::from(b))
    }

    // ----- operations ---------------------------------------------------

    /// Binary arithmetic and logic (not comparisons or shifts). `int_div`
    /// selects integer `/` (truncating) and `%` — pass it when both operands
    /// are of integer type (typed integers, untyped int/rune).
    pub fn binary(&self, op: BinaryOp, y: &Value, int_div: bool) -> Result<Value, ConstError> {
        use BinaryOp::*;
        match (self, y) {
            (Value::Bool(a), Value::Bool(b)) => match op {
                LAnd => Ok(Value::Bool(*a && *b)),
                LOr => Ok(Value::Bool(*a || *b)),
                _ => Err(ConstError::Invalid),
            },
            (Value::String(a), Value::String(b)) => match op {
                Add => {
                    let mut s = Vec::with_capacity(a.len() + b.len());
                    s.extend_from_slice(a);
                    s.extend_from_slice(b);
                    Ok(Value::String(Rc::from(s)))
                }
                _ => Err(ConstError::Invalid),
            },
            (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
                let both_int = matches!((self, y), (Value::Int(_), Value::Int(_)));
                let integer_op =
                    matches!(op, Rem | And | Or | Xor | AndNot) || (op == Quo && int_div);
                if integer_op {
                    let (Some(a), Some(b)) = (self.integer(), y.integer()) else {
                        return Err(ConstError::Invalid);
                    };
                    let r = match op {
                        Quo | Rem if b.is_zero() => return Err(ConstError::DivByZero),
                        // BigInt's `/` and `%` truncate toward zero, like Go.
                        Quo => a / b,
                        Rem => a % b,
                        And => a & b,
                        Or => a | b,
                        Xor => a ^ b,
                        AndNot => a & (-b - 1),
                        _ => unreachable!(),
                    };
                    return int_result(r);
                }
                match op {
                    Add | Sub | Mul if both_int => {
                        let (Value::Int(a), Value::Int(b)) = (self, y) else {
                            unreachable!()
                        };
                        int_result(match op {
                            Add => a + b,
                            Sub => a - b,
                            _ => a * b,
                        })
                    }
                    Add | Sub | Mul | Quo => {
                        let a = self.rational().unwrap();
                        let b = y.rational().unwrap();
                        let r = match op {
                            Add => a + b,
                            Sub => a - b,
                            Mul => a * b,
                            _ => {
                                if b.is_zero() {
                                    return Err(ConstError::DivByZero);
                                }
                                a / b
                            }
                        };
                        normalize_float(r).map(Value::Float)
                    }
                    _ => Err(ConstError::Invalid),
                }
            }
            _ => Err(ConstError::Invalid),
        }
    }

    /// Comparison (`==`, `!=`, `<`, `<=`, `>`, `>=`). Numbers compare by
    /// value whatever their representation; strings bytewise; bools only for
    /// (in)equality. Meaningless combinations give false.
    pub fn compare(&self, op: BinaryOp, y: &Value) -> bool {
        use BinaryOp::*;
        let ord = match (self, y) {
            (Value::Bool(a), Value::Bool(b)) => {
                return match op {
                    Eql => a == b,
                    Neq => a != b,
                    _ => false,
                }
            }
            (Value::String(a), Value::String(b)) => a[..].cmp(&b[..]),
            (Value::Int(a), Value::Int(b)) => a.cmp(b),
            (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
                self.rational().unwrap().cmp(&y.rational().unwrap())
            }
            _ => return false,
        };
        match op {
            Eql => ord == Ordering::Equal,
            Neq => ord != Ordering::Equal,
            Lss => ord == Ordering::Less,
            Leq => ord != Ordering::Greater,
            Gtr => ord == Ordering::Greater,
            Geq => ord != Ordering::Less,
            _ => false,
        }
    }

    /// `x << count` / `x >> count` (`>>` rounds toward negative infinity,
    /// like Go's arithmetic shift). An integral Float operand (`2.0 << 3`)
    /// shifts as an Int. Counts above [`MAX_SHIFT`] are refused. The result
    /// is NOT checked against the untyped 512-bit limit: for an untyped
    /// result call [`Value::exceeds_untyped_int_limit`] (gc: `constant shift
    /// overflow`); a typed result goes through `represent`, and gc prints
    /// its value in full (`int64(1) << 1000 (constant 1071...376 of type
    /// int64) overflows int64`).
    pub fn shift(&self, op: BinaryOp, count: u64) -> Result<Value, ConstError> {
        if count > MAX_SHIFT {
            return Err(ConstError::ShiftTooLarge);
        }
        let x = self.integer().ok_or(ConstError::Invalid)?;
        match op {
            BinaryOp::Shl => Ok(Value::Int(x << count as usize)),
            BinaryOp::Shr => Ok(Value::Int(floor_shr(&x, count))),
            _ => Err(ConstError::Invalid),
        }
    }

    /// Unary `+`, `-`, `!`, `^`. For `^` on a typed unsigned constant pass
    /// the type's width as `unsigned_bits` (then `^x` complements within it:
    /// `^uint8(1)` is 254); otherwise `^x` is `-x - 1`.
    pub fn unary(&self, op: UnaryOp, unsigned_bits: Option<u32>) -> Result<Value, ConstError> {
        match (op, self) {
            (UnaryOp::Pos, Value::Int(_) | Value::Float(_)) => Ok(self.clone()),
            (UnaryOp::Neg, Value::Int(a)) => int_result(-a),
            (UnaryOp::Neg, Value::Float(a)) => Ok(Value::Float(-a)),
            (UnaryOp::Not, Value::Bool(b)) => Ok(Value::Bool(!b)),
            (UnaryOp::Xor, Value::Int(_) | Value::Float(_)) => {
                let x = self.integer().ok_or(ConstError::Invalid)?;
                match unsigned_bits {
                    Some(n) => {
                        let mask = (BigInt::one() << n as usize) - 1;
                        Ok(Value::Int((-x - 1) & mask))
                    }
                    None => int_result(-x - 1),
                }
            }
            _ => Err(ConstError::Invalid),
        }
    }

    // ----- representability and conversion -----------------------------

    /// The value as a constant of `kind` (typed or untyped), by the spec's
    /// representability rules, like types2's `representableConst`:
    /// integer kinds need an integral value in range (Int result); float
    /// kinds take any number, float32/float64 rounded to nearest-even (Float
    /// result; `Overflows` if that rounds to infinity); bool and string
    /// kinds need a bool or string.
    ///
    /// Note gc words the error by the operand's *type*, not its value: an
    /// untyped/typed float constant that does not fit an integer type is
    /// always "(truncated)", even `var i int = 1e100` (which gives
    /// `Overflows` here); integer-to-integer failures are "(overflows)".
    pub fn represent(&self, kind: BasicKind) -> Result<Value, Repr> {
        use BasicKind::*;
        match kind {
            Bool | UntypedBool => match self {
                Value::Bool(_) => Ok(self.clone()),
                _ => Err(Repr::Mismatch),
            },
            String | UntypedString => match self {
                Value::String(_) => Ok(self.clone()),
                _ => Err(Repr::Mismatch),
            },
            k if k.is_integer() => {
                let x = match self {
                    Value::Int(i) => i.clone(),
                    Value::Float(r) if r.is_integer() => r.to_integer(),
                    Value::Float(_) => return Err(Repr::Truncated),
                    _ => return Err(Repr::Mismatch),
                };
                if k.is_untyped() {
                    return Ok(Value::Int(x));
                }
                let bits = k.bits().unwrap() as usize;
                let (lo, hi) = if k.is_unsigned() {
                    (BigInt::zero(), BigInt::one() << bits)
                } else {
                    let h = BigInt::one() << (bits - 1);
                    (-h.clone(), h)
                };
                if x >= lo && x < hi {
                    Ok(Value::Int(x))
                } else {
                    Err(Repr::Overflows)
                }
            }
            Float32 | Float64 | UntypedFloat => {
                let r = self.rational().ok_or(Repr::Mismatch)?;
                let format = match kind {
                    Float32 => F32,
                    Float64 => F64,
                    _ => return Ok(Value::Float(r)),
                };
                round_ieee(&r, format)
                    .map(Value::Float)
                    .ok_or(Repr::Overflows)
            }
            _ => Err(Repr::Mismatch),
        }
    }

    /// `string(c)` for an integer constant: the UTF-8 encoding of the code
    /// point, or "\uFFFD" when it is not a valid one (negative, surrogate,
    /// beyond U+10FFFF).
    pub fn int_to_string(&self) -> Value {
        let c = self
            .integer()
            .and_then(|i| i.to_u32())
            .and_then(char::from_u32)
            .unwrap_or('\u{FFFD}');
        Value::from_bytes(c.encode_utf8(&mut [0; 4]).as_bytes())
    }

    /// Int -> Float (exactly); other values unchanged.
    pub fn to_float(&self) -> Value {
        match self {
            Value::Int(i) => Value::Float(BigRational::from_integer(i.clone())),
            v => v.clone(),
        }
    }

    /// An integral value (Int, or Float with denominator 1) as an Int;
    /// other values unchanged.
    pub fn to_int(&self) -> Value {
        match self.integer() {
            Some(i) => Value::Int(i),
            None => self.clone(),
        }
    }

    // ----- accessors ----------------------------------------------------

    /// The integral value if it fits an i64 (a Float must be integral).
    pub fn as_i64(&self) -> Option<i64> {
        self.integer()?.to_i64()
    }

    /// The integral value if it fits a u64 (a Float must be integral).
    pub fn as_u64(&self) -> Option<u64> {
        self.integer()?.to_u64()
    }

    /// The nearest f64 (ties to even, with subnormals), None for
    /// non-numbers and for values that round to infinity.
    pub fn as_f64(&self) -> Option<f64> {
        let r = self.rational()?;
        round_ieee(&r, F64).map(|r| dyadic_to_f64(&r))
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value as a BigInt if it is integral.
    pub fn as_bigint(&self) -> Option<BigInt> {
        self.integer()
    }

    /// The value as an exact rational if it is a number.
    pub fn as_rational(&self) -> Option<BigRational> {
        self.rational()
    }

    /// An Int, or a Float with denominator 1.
    pub fn is_integral(&self) -> bool {
        match self {
            Value::Int(_) => true,
            Value::Float(r) => r.is_integer(),
            _ => false,
        }
    }

    /// -1, 0 or 1 for numbers (0 for non-numbers).
    pub fn sign(&self) -> i32 {
        let s = match self {
            Value::Int(i) => i.sign(),
            Value::Float(r) => r.numer().sign(),
            _ => return 0,
        };
        match s {
            num_bigint::Sign::Minus => -1,
            num_bigint::Sign::NoSign => 0,
            num_bigint::Sign::Plus => 1,
        }
    }

    /// Whether an integer result exceeds gc's limit for untyped integer
    /// constants (more than 512 bits of absolute value). Check it after a
    /// shift of an untyped operand (`constant shift overflow`); `binary` and
    /// `unary` already return `ConstError::Overflow` for it.
    pub fn exceeds_untyped_int_limit(&self) -> bool {
        match self {
            Value::Int(i) => i.bits() > UNTYPED_INT_BITS,
            _ => false,
        }
    }

    // ----- printing -----------------------------------------------------

    /// The value as gc prints a constant in messages (`go/constant`'s
    /// `Value.String`). The kind does not matter: runes print as integers
    /// (`'é' + 200 (untyped rune constant 433)`), integers in full decimal
    /// however large, floats as `%.6g` (or `%g` when `%.6g` would hide a
    /// fraction: `1.0000001`), beyond float64's range as `1e+1000`, strings
    /// `strconv.Quote`d and cut to 72 runes with `...`.
    ///
    /// gc shows the value only when it differs from the expression's source
    /// text: `300 (untyped int constant)` but `c (untyped int constant 300)`.
    pub fn describe(&self, kind: BasicKind) -> String {
        let _ = kind; // go/constant values do not know their kind
        match self {
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(r) => describe_float(r),
            Value::String(s) => {
                const MAX_LEN: usize = 72;
                let q = quote(s);
                if q.chars().count() > MAX_LEN {
                    let mut cut: String = q.chars().take(MAX_LEN - 3).collect();
                    cut.push_str("...");
                    cut
                } else {
                    q
                }
            }
        }
    }

    // ----- internals ----------------------------------------------------

    fn integer(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(i.clone()),
            Value::Float(r) if r.is_integer() => Some(r.to_integer()),
            _ => None,
        }
    }

    fn rational(&self) -> Option<BigRational> {
        match self {
            Value::Int(i) => Some(BigRational::from_integer(i.clone())),
            Value::Float(r) => Some(r.clone()),
            _ => None,
        }
    }
}

fn int_result(i: BigInt) -> Result<Value, ConstError> {
    if i.bits() > UNTYPED_INT_BITS {
        Err(ConstError::Overflow)
    } else {
        Ok(Value::Int(i))
    }
}

/// Arithmetic shift right (rounds toward negative infinity, like big.Int.Rsh).
fn floor_shr(x: &BigInt, count: u64) -> BigInt {
    if count == 0 {
        return x.clone();
    }
    let d = BigInt::one() << count as usize;
    x.div_floor(&d)
}

/// `go/constant`'s `makeRat`: keep the exact fraction while its parts are
/// "reasonably" sized, else round to a 512-bit mantissa. Also our bound on
/// magnitudes.
fn normalize_float(r: BigRational) -> Result<BigRational, ConstError> {
    if r.is_zero() {
        return Ok(r);
    }
    let r = if r.numer().bits() >= RAT_COMPONENT_BITS || r.denom().bits() >= RAT_COMPONENT_BITS {
        round_binary(&r, FLOAT_PREC, None)
    } else {
        r
    };
    let e = floor_log2(&r.numer().abs(), r.denom());
    if e.abs() > MAX_FLOAT_EXP {
        Err(ConstError::Overflow)
    } else {
        Ok(r)
    }
}

// ----- literals -----------------------------------------------------------

fn parse_float(raw: &str) -> Result<BigRational, String> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (hex, body) = match s.as_bytes() {
        [b'0', b'x' | b'X', ..] => (true, &s[2..]),
        _ => (false, &s[..]),
    };
    let exp_at = body.find(|c| {
        if hex {
            c == 'p' || c == 'P'
        } else {
            c == 'e' || c == 'E'
        }
    });
    let (mant, exp) = match exp_at {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let malformed = || format!("malformed floating-point literal {raw}");
    let out_of_range = || format!("floating-point literal {raw}: exponent out of range");
    let digits = format!("{int_part}{frac_part}");
    if digits.is_empty() {
        return Err(malformed());
    }
    let m =
        BigInt::parse_bytes(digits.as_bytes(), if hex { 16 } else { 10 }).ok_or_else(malformed)?;
    let exp: i64 = if exp.is_empty() {
        0
    } else {
        let (neg, digits) = match exp.as_bytes()[0] {
            b'-' => (true, &exp[1..]),
            b'+' => (false, &exp[1..]),
            _ => (false, exp),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(malformed());
        }
        if m.is_zero() {
            return Ok(BigRational::zero()); // 0e999999999 is just 0
        }
        let v: i64 = digits.parse().map_err(|_| out_of_range())?;
        if v > 4 * MAX_FLOAT_EXP {
            return Err(out_of_range());
        }
        if neg {
            -v
        } else {
            v
        }
    };
    if m.is_zero() {
        return Ok(BigRational::zero());
    }
    let frac_len = frac_part.len() as i64;
    let r = if hex {
        // Each hex digit after the point is 4 bits; `p` scales by 2.
        let scale = exp - 4 * frac_len;
        if scale.abs() > 2 * MAX_FLOAT_EXP {
            return Err(out_of_range());
        }
        if scale >= 0 {
            BigRational::from_integer(m << scale as usize)
        } else {
            BigRational::new(m, BigInt::one() << (-scale) as usize)
        }
    } else {
        let scale = exp - frac_len;
        // 10^k has about 3.32 k bits.
        if scale.abs() > MAX_FLOAT_EXP * 2 / 3 {
            return Err(out_of_range());
        }
        let p = num_traits::pow(BigInt::from(10), scale.unsigned_abs() as usize);
        if scale >= 0 {
            BigRational::from_integer(m * p)
        } else {
            BigRational::new(m, p)
        }
    };
    normalize_float(r).map_err(|_| out_of_range())
}

// ----- binary floating point -----------------------------------------------

/// floor(log2(a / b)) for positive a, b.
fn floor_log2(a: &BigInt, b: &BigInt) -> i64 {
    let k = a.bits() as i64 - b.bits() as i64;
    let ge = if k >= 0 {
        *a >= (b << k as usize)
    } else {
        (a << (-k) as usize) >= *b
    };
    if ge {
        k
    } else {
        k - 1
    }
}

/// Rounds `r` to the nearest value m * 2^e with |m| < 2^prec (ties to
/// even), with e >= min_exp if given (for subnormals).
fn round_binary(r: &BigRational, prec: u32, min_exp: Option<i64>) -> BigRational {
    if r.is_zero() {
        return r.clone();
    }
    let neg = r.is_negative();
    let a = r.numer().abs();
    let b = r.denom();
    let l = floor_log2(&a, b);
    let mut e = l - (prec as i64 - 1);
    if let Some(m) = min_exp {
        e = e.max(m);
    }
    let (n, d) = if e >= 0 {
        (a, b << e as usize)
    } else {
        (a << (-e) as usize, b.clone())
    };
    let (mut q, rem) = n.div_rem(&d);
    let twice: BigInt = rem << 1usize;
    match twice.cmp(&d) {
        Ordering::Greater => q += 1,
        Ordering::Equal if q.is_odd() => q += 1,
        _ => {}
    }
    if neg {
        q = -q;
    }
    if e >= 0 {
        BigRational::from_integer(q << e as usize)
    } else {
        BigRational::new(q, BigInt::one() << (-e) as usize)
    }
}

#[derive(Clone, Copy)]
struct IeeeFormat {
    /// Mantissa bits including the implicit one.
    prec: u32,
    /// Exponent of the smallest subnormal's bit.
    min_exp: i64,
    /// Values at or above 2^max_log2 are infinite.
    max_log2: i64,
}

const F32: IeeeFormat = IeeeFormat {
    prec: 24,
    min_exp: -149,
    max_log2: 128,
};
const F64: IeeeFormat = IeeeFormat {
    prec: 53,
    min_exp: -1074,
    max_log2: 1024,
};

/// Rounds to the nearest float32/float64 (exactly, as a rational); None if
/// that is an infinity.
fn round_ieee(r: &BigRational, f: IeeeFormat) -> Option<BigRational> {
    if r.is_zero() {
        return Some(r.clone());
    }
    let x = round_binary(r, f.prec, Some(f.min_exp));
    if !x.is_zero() && floor_log2(&x.numer().abs(), x.denom()) >= f.max_log2 {
        return None;
    }
    Some(x)
}

/// An f64 from a rational that is exactly a finite float64 value.
fn dyadic_to_f64(r: &BigRational) -> f64 {
    // r = n / 2^k (k >= 0) or an integer n (< 2^1024).
    let n = r.numer();
    let k = r.denom().bits() as i64 - 1; // denominator is a power of two
    let tz = n.trailing_zeros().unwrap_or(0) as i64;
    // Make the numerator odd, so it has at most 53 bits.
    let m = (n >> tz as usize).to_f64().unwrap();
    m * pow2(tz - k)
}

/// 2^e as an f64, exact for -1074 <= e <= 1023.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

fn f64_to_rational(x: f64) -> Option<BigRational> {
    if !x.is_finite() {
        return None;
    }
    if x == 0.0 {
        return Some(BigRational::zero());
    }
    let bits = x.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp - 1075)
    };
    let m = if neg {
        -BigInt::from(m)
    } else {
        BigInt::from(m)
    };
    Some(if e >= 0 {
        BigRational::from_integer(m << e as usize)
    } else {
        BigRational::new(m, BigInt::one() << (-e) as usize)
    })
}

// ----- printing ------------------------------------------------------------

/// `go/constant`'s `floatVal.String` (ratVal goes through it via `rtof`).
fn describe_float(r: &BigRational) -> String {
    // rtof: to a 512-bit big.Float first.
    let f = round_binary(r, FLOAT_PREC, None);
    // f.Float64(): nearest even, with subnormals.
    let x = round_ieee(&f, F64).map(|v| dyadic_to_f64(&v));
    if let Some(x) = x {
        if f.is_zero() == (x == 0.0) {
            let s = format_g(x, Some(6));
            if !f.is_integer() && !s.contains('.') {
                // A fraction %.6g would hide (go.dev/issue/56220).
                return format_g(x, None);
            }
            return s;
        }
    }
    // Out of float64 range: Go's approximate decimal conversion.
    // f = mant * 2^exp with 0.5 <= |mant| < 1.
    let exp = floor_log2(&f.numer().abs(), f.denom()) + 1;
    let mant = if exp >= 0 {
        &f / BigRational::from_integer(BigInt::one() << exp as usize)
    } else {
        &f * BigRational::from_integer(BigInt::one() << (-exp) as usize)
    };
    let mut m = dyadic_to_f64(&round_ieee(&mant, F64).unwrap());
    // math.Ln2 / math.Ln10 rounds to the same float64 as LOG10_2.
    let d = exp as f64 * std::f64::consts::LOG10_2;
    let mut e = d as i64; // truncates toward zero, like Go's int64(d)
    m *= 10f64.powf(d - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{:+}", format_g(m, Some(6)), e)
}

/// Go's `strconv.FormatFloat(x, 'g', prec, 64)` (prec None: shortest), i.e.
/// fmt's `%g` / `%.Ng`.
fn format_g(x: f64, prec: Option<usize>) -> String {
    let neg = x < 0.0;
    let ax = x.abs();
    let (digits, dp) = if ax == 0.0 {
        (Vec::new(), 0)
    } else {
        match prec {
            None => shortest_digits(ax),
            Some(p) => {
                let r = f64_to_rational(ax).unwrap();
                decimal_digits(&r, p.max(1))
            }
        }
    };
    let nd = digits.len() as i64;
    let shortest = prec.is_none();
    let mut prec = match prec {
        None => nd,
        Some(0) => 1,
        Some(p) => p as i64,
    };
    let mut eprec = prec;
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    if shortest {
        eprec = 6;
    }
    let exp = dp - 1;
    if exp < -4 || exp >= eprec {
        if prec > nd {
            prec = nd;
        }
        return fmt_e(neg, &digits, dp, prec - 1);
    }
    if prec > dp {
        prec = nd;
    }
    fmt_f(neg, &digits, dp, (prec - dp).max(0))
}

/// strconv's `%e` from decimal digits `d` with decimal point at `dp`.
fn fmt_e(neg: bool, d: &[u8], dp: i64, prec: i64) -> String {
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.push(d.first().map_or('0', |&c| c as char));
    if prec > 0 {
        s.push('.');
        let m = (d.len() as i64).min(prec + 1);
        for i in 1..m {
            s.push(d[i as usize] as char);
        }
        for _ in m.max(1)..=prec {
            s.push('0');
        }
    }
    s.push('e');
    let exp = if d.is_empty() { 0 } else { dp - 1 };
    s.push(if exp < 0 { '-' } else { '+' });
    let exp = exp.abs();
    if exp < 10 {
        s.push('0');
    }
    s.push_str(&exp.to_string());
    s
}

/// strconv's `%f` from decimal digits `d` with decimal point at `dp`.
fn fmt_f(neg: bool, d: &[u8], dp: i64, prec: i64) -> String {
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    let nd = d.len() as i64;
    if dp > 0 {
        let m = nd.min(dp);
        for &c in &d[..m as usize] {
            s.push(c as char);
        }
        for _ in m..dp {
            s.push('0');
        }
    } else {
        s.push('0');
    }
    if prec > 0 {
        s.push('.');
        for i in 1..=prec {
            let j = dp + i - 1;
            s.push(if 0 <= j && j < nd {
                d[j as usize] as char
            } else {
                '0'
            });
        }
    }
    s
}

/// The shortest decimal digits that round-trip (as Go's and Rust's
/// shortest formatting both produce), with the decimal point position.
fn shortest_digits(x: f64) -> (Vec<u8>, i64) {
    let s = format!("{x:e}");
    let (mant, exp) = s.split_once('e').unwrap();
    let exp: i64 = exp.parse().unwrap();
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exp + 1)
}

/// `p` significant decimal digits of the positive `v`, correctly rounded
/// (ties to even, as strconv does), trailing zeros dropped; and the decimal
/// point position (v ~ 0.d1d2... * 10^dp).
fn decimal_digits(v: &BigRational, p: usize) -> (Vec<u8>, i64) {
    let ten = BigInt::from(10);
    let pow10 = |k: i64| -> BigRational {
        let p = num_traits::pow(ten.clone(), k.unsigned_abs() as usize);
        if k >= 0 {
            BigRational::from_integer(p)
        } else {
            BigRational::new(BigInt::one(), p)
        }
    };
    let est = (v.numer().bits() as f64 - v.denom().bits() as f64) * std::f64::consts::LOG10_2;
    let mut dp = est.floor() as i64 + 1;
    loop {
        if *v < pow10(dp - 1) {
            dp -= 1;
        } else if *v >= pow10(dp) {
            dp += 1;
        } else {
            break;
        }
    }
    let scaled = v * pow10(p as i64 - dp);
    let (mut q, rem) = scaled.numer().div_rem(scaled.denom());
    let twice: BigInt = rem << 1usize;
    match twice.cmp(scaled.denom()) {
        Ordering::Greater => q += 1,
        Ordering::Equal if q.is_odd() => q += 1,
        _ => {}
    }
    if q == num_traits::pow(ten.clone(), p) {
        q = num_traits::pow(ten, p - 1);
        dp += 1;
    }
    let mut digits = q.to_string().into_bytes();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, dp)
}

/// Go's `strconv.Quote` of a byte string.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b < 0x80 {
            match b {
                0x07 => out.push_str("\\a"),
                0x08 => out.push_str("\\b"),
                0x0c => out.push_str("\\f"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                0x0b => out.push_str("\\v"),
                b'\\' => out.push_str("\\\\"),
                b'"' => out.push_str("\\\""),
                b if b < 0x20 || b == 0x7f => out.push_str(&format!("\\x{b:02x}")),
                b => out.push(b as char),
            }
            i += 1;
            continue;
        }
        let width = match b {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => 0,
        };
        let c = s
            .get(i..i + width)
            .filter(|_| width > 0)
            .and_then(|seq| std::str::from_utf8(seq).ok())
            .and_then(|st| st.chars().next());
        match c {
            Some(c) => {
                if is_print(c) {
                    out.push(c);
                } else if (c as u32) < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", c as u32));
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32));
                }
                i += width;
            }
            None => {
                out.push_str(&format!("\\x{b:02x}"));
                i += 1;
            }
        }
    }
    out.push('"');
    out
}

/// Go's `unicode.IsPrint` for non-ASCII characters: letters, marks, numbers,
/// punctuation and symbols. Rust's `escape_debug` leaves exactly these
/// unescaped (it escapes categories C* and Z*), apart from grapheme
/// extenders in first position, so the character is tested after an 'a'.
fn is_print(c: char) -> bool {
    let mut s = String::from("a");
    s.push(c);
    s.escape_debug().eq(s.chars())
}

#[cfg(test)]
mod tests {
    //! Expected values come from Go 1.27 (`/work/shared/tools/go-oracle`);
    //! the Go output is quoted next to the checks that rely on it.
    use super::*;
    use BinaryOp::*;

    fn int(raw: &str) -> Value {
        Value::from_literal(LitKind::Int, raw).unwrap()
    }
    fn flt(raw: &str) -> Value {
        Value::from_literal(LitKind::Float, raw).unwrap()
    }
    fn i(v: i64) -> Value {
        Value::from(v)
    }
    fn big(s: &str) -> Value {
        Value::Int(s.parse().unwrap())
    }
    fn rat(n: i64, d: i64) -> Value {
        Value::Float(BigRational::new(n.into(), d.into()))
    }
    fn pow2(e: usize) -> BigInt {
        BigInt::one() << e
    }
    fn bin(x: &Value, op: BinaryOp, y: &Value) -> Value {
        x.binary(op, y, false).unwrap()
    }
    fn ibin(x: &Value, op: BinaryOp, y: &Value) -> Value {
        x.binary(op, y, true).unwrap()
    }
    fn desc(v: &Value) -> String {
        v.describe(BasicKind::UntypedFloat)
    }
    /// describe() of a float literal.
    fn fdesc(raw: &str) -> String {
        desc(&flt(raw))
    }
    fn f32_of(v: &Value) -> f32 {
        v.represent(BasicKind::Float32).unwrap().as_f64().unwrap() as f32
    }

    // ----- literals ---------------------------------------------------

    #[test]
    fn int_literals_in_every_base() {
        // fmt.Println(0o17, 0O17, 017, 0b1011, 0B_1, 0_7, 00, 0x_fF)
        // printed: 15 15 15 11 1 7 0 255
        assert_eq!(int("0o17"), i(15));
        assert_eq!(int("0O17"), i(15));
        assert_eq!(int("017"), i(15)); // legacy octal
        assert_eq!(int("0755"), i(493));
        assert_eq!(int("0b1011"), i(11));
        assert_eq!(int("0B_1"), i(1));
        assert_eq!(int("0_7"), i(7));
        assert_eq!(int("00"), i(0));
        assert_eq!(int("0"), i(0));
        assert_eq!(int("0x_fF"), i(255));
        assert_eq!(int("0XdeadBEEF"), i(0xdeadbeef));
        assert_eq!(int("1_000_000"), i(1_000_000));
        assert_eq!(int("9223372036854775807"), i(i64::MAX));
        assert_eq!(
            int("0x1_0000_0000_0000_0000_0000_0000"),
            Value::Int(pow2(96))
        );
        assert_eq!(
            int("1267650600228229401496703205376"),
            Value::Int(pow2(100))
        );
    }

    #[test]
    fn float_literals_are_exact() {
        // fmt.Println(0x1p-2, 0X_1_0p1, 0x.8p1, 0x1.8p+1, 1_000.000_5, 0., .5e1, 1E2)
        // printed: 0.25 32 1 3 1000.0005 0 5 100
        assert_eq!(flt("0x1p-2"), rat(1, 4));
        assert_eq!(flt("0X_1_0p1"), rat(32, 1));
        assert_eq!(flt("0x.8p1"), rat(1, 1));
        assert_eq!(flt("0x1.8p+1"), rat(3, 1));
        assert_eq!(flt("1_000.000_5"), rat(10_000_005, 10_000));
        assert_eq!(flt("0."), rat(0, 1));
        assert_eq!(flt(".5e1"), rat(5, 1));
        assert_eq!(flt("1E2"), rat(100, 1));
        assert_eq!(flt("0.1"), rat(1, 10));
        assert_eq!(flt("2.5e-3"), rat(1, 400));
        assert_eq!(flt("0755.5"), rat(1511, 2)); // decimal, not octal
        assert_eq!(flt("089.0"), rat(89, 1));
        assert_eq!(flt("1e0"), rat(1, 1));
        assert_eq!(flt("0e999999999999"), rat(0, 1));
        assert_eq!(
            flt("0x1p-1074"),
            Value::Float(BigRational::new(1.into(), pow2(1074)))
        );
        // Float literals stay Float even when integral.
        assert!(matches!(flt("1e3"), Value::Float(_)));
        assert!(flt("1e3").is_integral());
        // A huge but reasonable exponent is kept (1e1000 has 3322 bits).
        assert_eq!(
            flt("1e1000"),
            Value::Float(BigRational::from_integer(num_traits::pow(
                BigInt::from(10),
                1000
            )))
        );
    }

    #[test]
    fn big_literals_round_like_go_constant() {
        // Past 4096-bit components go/constant switches to 512-bit floats:
        // 1e5000 is then not exactly 10^5000.
        let v = flt("1e5000");
        let Value::Float(r) = &v else { panic!() };
        assert!(r.is_integer());
        assert_ne!(r.numer(), &num_traits::pow(BigInt::from(10), 5000));
        assert_eq!(desc(&v), "1e+5000");
        // ... and 1 + 1e-1300 == 1 there (floatVal arithmetic).
        let one = flt("1.0");
        assert!(bin(&one, Add, &flt("1e-1300")).compare(Eql, &one));
        // Small fractions stay exact: 1 + 1e-300 != 1.
        assert!(!bin(&one, Add, &flt("1e-300")).compare(Eql, &one));
    }

    #[test]
    fn out_of_range_exponents_are_errors() {
        for raw in [
            "1e100000",
            "1e-100000",
            "1e99999999999999999999",
            "0x1p1000000",
            "0x1p-1000000",
        ] {
            let e = Value::from_literal(LitKind::Float, raw).unwrap_err();
            assert!(e.contains("exponent out of range"), "{raw}: {e}");
        }
        let e = Value::from_literal(LitKind::Imag, "1i").unwrap_err();
        assert!(e.contains("imaginary"), "{e}");
    }

    #[test]
    fn rune_and_string_literals() {
        assert_eq!(Value::from_literal(LitKind::Rune, "'a'").unwrap(), i(97));
        assert_eq!(Value::from_literal(LitKind::Rune, "'é'").unwrap(), i(233));
        assert_eq!(
            Value::from_literal(LitKind::Rune, r"'\x80'").unwrap(),
            i(128)
        );
        assert_eq!(
            Value::from_literal(LitKind::Rune, r"'\U0010FFFF'").unwrap(),
            i(0x10FFFF)
        );
        assert_eq!(Value::from_literal(LitKind::Rune, r"'\''").unwrap(), i(39));
        let s = Value::from_literal(LitKind::String, r#""a\xffé\n""#).unwrap();
        assert_eq!(s.as_bytes().unwrap(), b"a\xff\xc3\xa9\n");
        let raw = Value::from_literal(LitKind::String, "`a\\n\r\nb`").unwrap();
        assert_eq!(raw.as_bytes().unwrap(), b"a\\n\nb");
    }

    // ----- arithmetic -------------------------------------------------

    #[test]
    fn exact_rational_arithmetic() {
        // fmt.Println(0.1+0.2 == 0.3) printed: true
        let sum = bin(&flt("0.1"), Add, &flt("0.2"));
        assert!(sum.compare(Eql, &flt("0.3")));
        assert_eq!(sum, rat(3, 10));
        let third = bin(&flt("1.0"), Quo, &i(3));
        assert_eq!(third, rat(1, 3));
        assert_eq!(bin(&third, Mul, &i(3)), rat(1, 1));
        // Untyped float division of integral values is exact: 7.0 / 2 == 3.5
        // (fmt.Println(-7.0/2) printed: -3.5)
        assert_eq!(bin(&flt("7.0"), Quo, &i(2)), rat(7, 2));
        assert_eq!(bin(&flt("-7.0"), Quo, &i(2)), rat(-7, 2));
        // Int / Int without int_div is exact too.
        assert_eq!(bin(&i(7), Quo, &i(2)), rat(7, 2));
        // fmt.Println(1e1000/1e999) printed: 10
        assert!(bin(&flt("1e1000"), Quo, &flt("1e999")).compare(Eql, &i(10)));
        assert_eq!(bin(&flt("1.5"), Sub, &flt("0.5")), rat(1, 1));
        assert_eq!(bin(&i(2), Add, &i(3)), i(5));
        assert_eq!(bin(&i(2), Mul, &flt("0.5")), rat(1, 1));
        assert_eq!(bin(&i(-2), Sub, &i(3)), i(-5));
    }

    #[test]
    fn integer_division_truncates_toward_zero() {
        // fmt.Println(-7/2, -7%2, 7/-2, 7%-2) printed: -3 -1 -3 1
        assert_eq!(ibin(&i(-7), Quo, &i(2)), i(-3));
        assert_eq!(ibin(&i(-7), Rem, &i(2)), i(-1));
        assert_eq!(ibin(&i(7), Quo, &i(-2)), i(-3));
        assert_eq!(ibin(&i(7), Rem, &i(-2)), i(1));
        assert_eq!(ibin(&i(-7), Quo, &i(-2)), i(3));
        assert_eq!(ibin(&i(-7), Rem, &i(-2)), i(-1));
        // const big = 1 << 100; big / (big / 4) == 4 (printed: 4)
        let h = Value::Int(pow2(100));
        assert_eq!(ibin(&h, Quo, &ibin(&h, Quo, &i(4))), i(4));
    }

    #[test]
    fn division_by_zero() {
        // const c = 1 / 0 -> invalid operation: division by zero
        // const c = 1.5 / 0.0 -> invalid operation: division by zero
        assert_eq!(i(1).binary(Quo, &i(0), true), Err(ConstError::DivByZero));
        assert_eq!(i(1).binary(Rem, &i(0), true), Err(ConstError::DivByZero));
        assert_eq!(
            flt("1.5").binary(Quo, &flt("0.0"), false),
            Err(ConstError::DivByZero)
        );
        assert_eq!(i(1).binary(Quo, &i(0), false), Err(ConstError::DivByZero));
    }

    #[test]
    fn bitwise_ops_use_twos_complement() {
        // fmt.Println(7&^5, -8&^3, -6&3, -6|3, -6^3) printed: 2 -8 2 -5 -7
        assert_eq!(ibin(&i(7), AndNot, &i(5)), i(2));
        assert_eq!(ibin(&i(-8), AndNot, &i(3)), i(-8));
        assert_eq!(ibin(&i(-6), And, &i(3)), i(2));
        assert_eq!(ibin(&i(-6), Or, &i(3)), i(-5));
        assert_eq!(ibin(&i(-6), Xor, &i(3)), i(-7));
        assert_eq!(ibin(&i(0xf0), Or, &i(0x0f)), i(0xff));
    }

    #[test]
    fn untyped_int_limit_is_512_bits() {
        // const c = 1<<511 * 2 -> constant multiplication overflow
        let c = Value::Int(pow2(511));
        assert_eq!(c.binary(Mul, &i(2), false), Err(ConstError::Overflow));
        // const big = 1<<511 - 1 + 1<<511 is fine (512 bits) ...
        let max = Value::Int(pow2(512) - 1);
        assert_eq!(bin(&bin(&c, Sub, &i(1)), Add, &c), max);
        assert!(!max.exceeds_untyped_int_limit());
        // ... but -big - 1 -> constant subtraction overflow
        let neg = max.unary(UnaryOp::Neg, None).unwrap();
        assert_eq!(neg.binary(Sub, &i(1), false), Err(ConstError::Overflow));
        // ... and ^big -> constant bitwise complement overflow
        assert_eq!(max.unary(UnaryOp::Xor, None), Err(ConstError::Overflow));
    }

    #[test]
    fn strings_and_bools() {
        // "a" + "b" -> (untyped string constant "ab")
        let ab = bin(&Value::from("a"), Add, &Value::from("b"));
        assert_eq!(ab, Value::from("ab"));
        assert_eq!(
            Value::from("a").binary(Sub, &Value::from("b"), false),
            Err(ConstError::Invalid)
        );
        assert_eq!(
            bin(&Value::Bool(true), LAnd, &Value::Bool(false)),
            Value::Bool(false)
        );
        assert_eq!(
            bin(&Value::Bool(true), LOr, &Value::Bool(false)),
            Value::Bool(true)
        );
        assert_eq!(
            Value::Bool(true).unary(UnaryOp::Not, None),
            Ok(Value::Bool(false))
        );
        assert_eq!(i(1).binary(LAnd, &i(1), false), Err(ConstError::Invalid));
        assert_eq!(
            flt("1.5").binary(Rem, &i(1), true),
            Err(ConstError::Invalid)
        );
    }

    #[test]
    fn comparisons() {
        assert!(i(1).compare(Lss, &i(2)));
        assert!(i(2).compare(Leq, &i(2)));
        assert!(!i(2).compare(Gtr, &i(2)));
        assert!(i(2).compare(Geq, &flt("1.5")));
        assert!(flt("2.0").compare(Eql, &i(2)));
        assert!(flt("0.1").compare(Neq, &flt("0.10000000000000001")));
        assert!(Value::from("ab").compare(Lss, &Value::from("b")));
        assert!(Value::from_bytes(b"\xff").compare(Gtr, &Value::from("\u{10FFFF}")));
        assert!(Value::from("").compare(Lss, &Value::from("\0")));
        assert!(Value::Bool(true).compare(Neq, &Value::Bool(false)));
        assert!(!Value::Bool(true).compare(Lss, &Value::Bool(false)));
        assert!(!Value::from("1").compare(Eql, &i(1)));
    }

    // ----- shifts and unary ops ---------------------------------------

    #[test]
    fn shifts() {
        // fmt.Println(-5>>1, -1>>10, -(1<<70)>>68, 1<<62>>61) printed: -3 -1 -4 2
        assert_eq!(i(-5).shift(Shr, 1), Ok(i(-3)));
        assert_eq!(i(-1).shift(Shr, 10), Ok(i(-1)));
        assert_eq!(Value::Int(-pow2(70)).shift(Shr, 68), Ok(i(-4)));
        assert_eq!(i(1).shift(Shl, 62).unwrap().shift(Shr, 61), Ok(i(2)));
        // const big = 1 << 100; fmt.Println(big >> 98) printed: 4
        let h = i(1).shift(Shl, 100).unwrap();
        assert_eq!(h, Value::Int(pow2(100)));
        assert_eq!(h.shift(Shr, 98), Ok(i(4)));
        // big>>500, -big>>500 for big = 2^512-1 printed: 4095 -4096
        let max = Value::Int(pow2(512) - 1);
        assert_eq!(max.shift(Shr, 500), Ok(i(4095)));
        assert_eq!(
            max.unary(UnaryOp::Neg, None).unwrap().shift(Shr, 500),
            Ok(i(-4096))
        );
        // fmt.Println(2.0<<3) printed: 16 (an integral float shifts as an int)
        assert_eq!(flt("2.0").shift(Shl, 3), Ok(i(16)));
        assert_eq!(flt("2.5").shift(Shl, 3), Err(ConstError::Invalid));
        assert_eq!(i(5).shift(Shl, 0), Ok(i(5)));
        // const c = 1 << 1075 -> invalid operation: invalid shift count 1075 (untyped int constant)
        assert_eq!(i(1).shift(Shl, 1075), Err(ConstError::ShiftTooLarge));
        assert!(i(0).shift(Shl, 1074).is_ok());
        // const c = 1 << 512 -> constant shift overflow (checked by the caller)
        assert!(!i(1).shift(Shl, 511).unwrap().exceeds_untyped_int_limit());
        assert!(i(1).shift(Shl, 512).unwrap().exceeds_untyped_int_limit());
        // int64(1) << 1000 -> "(constant 10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376 of type int64) overflows int64"
        let t = i(1).shift(Shl, 1000).unwrap();
        assert_eq!(t.represent(BasicKind::Int64), Err(Repr::Overflows));
        assert_eq!(
            t.describe(BasicKind::Int64),
            "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376"
        );
    }

    #[test]
    fn unary_ops() {
        // fmt.Println(^uint8(1), ^uint16(0), ^uint32(5), ^uint64(0), ^uint(0), ^int8(5), ^0, ^-1)
        // printed: 254 65535 4294967290 18446744073709551615 18446744073709551615 -6 -1 0
        let x = |v: &Value, bits| v.unary(UnaryOp::Xor, bits).unwrap();
        assert_eq!(x(&i(1), Some(8)), i(254));
        assert_eq!(x(&i(0), Some(16)), i(65535));
        assert_eq!(x(&i(5), Some(32)), i(4294967290));
        assert_eq!(x(&i(0), Some(64)), Value::Int(BigInt::from(u64::MAX)));
        assert_eq!(x(&i(5), None), i(-6));
        assert_eq!(x(&i(0), None), i(-1));
        assert_eq!(x(&i(-1), None), i(0));
        // ^(1 << 64) -> (untyped int constant -18446744073709551617)
        assert_eq!(x(&Value::Int(pow2(64)), None), big("-18446744073709551617"));
        assert_eq!(i(5).unary(UnaryOp::Neg, None), Ok(i(-5)));
        assert_eq!(flt("2.5").unary(UnaryOp::Neg, None), Ok(rat(-5, 2)));
        assert_eq!(flt("2.5").unary(UnaryOp::Pos, None), Ok(rat(5, 2)));
        // const c uint8 = 255; -c -> "-c (constant -255 of type uint8) overflows uint8"
        let neg = i(255).unary(UnaryOp::Neg, None).unwrap();
        assert_eq!(neg.represent(BasicKind::Uint8), Err(Repr::Overflows));
        assert_eq!(neg.describe(BasicKind::Uint8), "-255");
        assert_eq!(i(1).unary(UnaryOp::Not, None), Err(ConstError::Invalid));
    }

    // ----- representability -------------------------------------------

    #[test]
    fn integer_ranges() {
        use BasicKind::*;
        let ok = |v: i128, k| Value::Int(v.into()).represent(k).is_ok();
        for (k, lo, hi) in [
            (Int8, -128i128, 127i128),
            (Int16, -32768, 32767),
            (Int32, -(1 << 31), (1 << 31) - 1),
            (Int64, -(1 << 63), (1 << 63) - 1),
            (Int, -(1 << 63), (1 << 63) - 1),
            (Uint8, 0, 255),
            (Uint16, 0, 65535),
            (Uint32, 0, (1 << 32) - 1),
            (Uint64, 0, (1 << 64) - 1),
            (Uint, 0, (1 << 64) - 1),
            (Uintptr, 0, (1 << 64) - 1),
        ] {
            assert!(ok(lo, k) && ok(hi, k), "{k:?}");
            assert!(!ok(lo - 1, k) && !ok(hi + 1, k), "{k:?}");
        }
        // var x uint8 = 300 -> cannot use 300 (untyped int constant) as uint8 value in variable declaration (overflows)
        assert_eq!(i(300).represent(Uint8), Err(Repr::Overflows));
        // var x uint8 = -1 -> ... (overflows)
        assert_eq!(i(-1).represent(Uint8), Err(Repr::Overflows));
        // var b byte = 'é' + 200 -> 'é' + 200 (untyped rune constant 433) ... (overflows)
        let r = bin(
            &Value::from_literal(LitKind::Rune, "'é'").unwrap(),
            Add,
            &i(200),
        );
        assert_eq!(r.represent(Uint8), Err(Repr::Overflows));
        assert_eq!(r.describe(UntypedRune), "433");
        assert_eq!(i(233).represent(Uint8), Ok(i(233))); // var b byte = 'é' is fine
        assert_eq!(
            Value::Int(pow2(600)).represent(UntypedInt),
            Ok(Value::Int(pow2(600)))
        );
        assert_eq!(i(-5).represent(UntypedRune), Ok(i(-5)));
    }

    #[test]
    fn floats_to_integer_kinds() {
        use BasicKind::*;
        // var i int = 2.5 -> ... (truncated)
        assert_eq!(flt("2.5").represent(Int), Err(Repr::Truncated));
        assert_eq!(flt("-2.5").represent(Uint8), Err(Repr::Truncated));
        assert_eq!(flt("1e-1000").represent(Int), Err(Repr::Truncated));
        // An integral float becomes an Int.
        assert_eq!(flt("1000.0").represent(Int16), Ok(i(1000)));
        assert_eq!(flt("1e3").represent(UntypedInt), Ok(i(1000)));
        assert_eq!(
            flt("1e18").represent(Int64),
            Ok(i(1_000_000_000_000_000_000))
        );
        // Integral but too big: Overflows here, though gc words it
        // "var i int8 = 1000.0 -> (untyped float constant 1000) ... (truncated)".
        assert_eq!(flt("1000.0").represent(Int8), Err(Repr::Overflows));
        assert_eq!(flt("1e100").represent(Int), Err(Repr::Overflows));
        assert_eq!(flt("2.5").represent(UntypedRune), Err(Repr::Truncated));
    }

    #[test]
    fn rounding_to_float32_and_float64() {
        use BasicKind::*;
        // 0.1 as float32 is 13421773 / 2^27; as float64 0x3fb999999999999a.
        assert_eq!(
            flt("0.1").represent(Float32),
            Ok(Value::Float(BigRational::new(13421773.into(), pow2(27))))
        );
        assert_eq!(flt("0.1").represent(Float64).unwrap().as_f64(), Some(0.1));
        // const f32 float32 = 0.1; fmt.Println(float64(f32)) printed: 0.10000000149011612
        assert_eq!(
            flt("0.1").represent(Float32).unwrap().as_f64(),
            Some(0.10000000149011612)
        );
        // fmt.Println(float32(16777217)) printed: 1.6777216e+07 (tie to even)
        assert_eq!(i(16777217).represent(Float32), Ok(rat(16777216, 1)));
        assert_eq!(i(16777219).represent(Float32), Ok(rat(16777220, 1)));
        // Int values become Float in float kinds.
        assert_eq!(i(3).represent(Float64), Ok(rat(3, 1)));
        assert_eq!(i(3).represent(UntypedFloat), Ok(rat(3, 1)));
        assert_eq!(flt("0.1").represent(UntypedFloat), Ok(rat(1, 10)));
        // var f float32 = 1e100 -> cannot use 1e100 (untyped float constant 1e+100) as float32 value in variable declaration (overflows)
        assert_eq!(flt("1e100").represent(Float32), Err(Repr::Overflows));
        assert_eq!(flt("-1e100").represent(Float32), Err(Repr::Overflows));
        // var f float64 = 1e309 -> (untyped float constant 1e+309) ... (overflows)
        assert_eq!(flt("1e309").represent(Float64), Err(Repr::Overflows));
        // Around float32's maximum: 0x1.fffffep127 is MaxFloat32; values up
        // to (not including) MaxFloat32 + half an ulp round down to it.
        assert_eq!(f32_of(&flt("0x1.fffffep127")), f32::MAX);
        assert_eq!(f32_of(&flt("0x1.fffffefp127")), f32::MAX);
        // (go/constant's Float32Val gave: 0x1.fffffep127, 0x1.fffffefp127,
        // 3.4028235677973362e38 and 3.4028235677973366e38 -> 7f7fffff;
        // 0x1.ffffffp127 (exactly the midpoint), 0x1.ffffff1p127 and
        // 3.4028235677973370e38 -> +Inf.)
        assert_eq!(f32_of(&flt("3.4028235677973362e38")), f32::MAX);
        assert_eq!(f32_of(&flt("3.4028235677973366e38")), f32::MAX);
        assert_eq!(
            flt("0x1.ffffffp127").represent(Float32),
            Err(Repr::Overflows)
        );
        assert_eq!(
            flt("0x1.ffffff1p127").represent(Float32),
            Err(Repr::Overflows)
        );
        assert_eq!(
            flt("3.4028235677973370e38").represent(Float32),
            Err(Repr::Overflows)
        );
        // ... and float64's (Float64Val: 1.7976931348623158e308 -> 7fefffffffffffff,
        // 1.7976931348623159e308 and 0x1.fffffffffffff8p1023 -> +Inf).
        assert_eq!(
            flt("1.7976931348623157e308")
                .represent(Float64)
                .unwrap()
                .as_f64(),
            Some(f64::MAX)
        );
        assert_eq!(
            flt("0x1.fffffffffffff7ffp1023")
                .represent(Float64)
                .unwrap()
                .as_f64(),
            Some(f64::MAX)
        );
        assert_eq!(
            flt("1.7976931348623158e308")
                .represent(Float64)
                .unwrap()
                .as_f64(),
            Some(f64::MAX)
        );
        assert_eq!(
            flt("0x1.fffffffffffff8p1023").represent(Float64),
            Err(Repr::Overflows)
        );
        assert_eq!(
            flt("1.7976931348623159e308").represent(Float64),
            Err(Repr::Overflows)
        );
        // Subnormals and underflow to zero.
        // fmt.Println(float32(0x1p-150), float32(0x1.000001p-150)) printed: 0 1e-45
        assert_eq!(flt("0x1p-150").represent(Float32), Ok(rat(0, 1)));
        assert_eq!(f32_of(&flt("0x1.000001p-150")), f32::from_bits(1));
        // Float32Val(0x3p-151) gave 00000001 (0.75 ulp rounds up).
        assert_eq!(f32_of(&flt("0x3p-151")), f32::from_bits(1));
        assert_eq!(f32_of(&flt("0x3p-150")), f32::from_bits(2)); // 1.5 ulp: tie to even
        assert_eq!(f32_of(&flt("0x5p-150")), f32::from_bits(2)); // 2.5 ulp: tie to even
        assert_eq!(f32_of(&flt("1e-45")), f32::from_bits(1));
        assert_eq!(
            flt("5e-324").represent(Float64).unwrap().as_f64(),
            Some(f64::from_bits(1))
        );
        assert_eq!(flt("0x1p-1075").represent(Float64), Ok(rat(0, 1)));
        // const x = 0x1p-1074 / 3; var f float64 = x compiles (rounds to 0).
        let x = bin(&flt("0x1p-1074"), Quo, &i(3));
        assert_eq!(x.represent(Float64), Ok(rat(0, 1)));
        assert_eq!(flt("1e-400").represent(Float64), Ok(rat(0, 1)));
        // Typed float32 arithmetic rounds after each step (the checker
        // calls represent): const f float32 = 0.1; fmt.Println(f*3) printed 0.3
        // and float32(1)/3*3 printed 1.
        let f = flt("0.1").represent(Float32).unwrap();
        let p = bin(&f, Mul, &i(3)).represent(Float32).unwrap();
        assert_eq!(p.as_f64().unwrap() as f32, 0.3f32);
        let t = bin(&i(1), Quo, &i(3)).represent(Float32).unwrap();
        assert_eq!(bin(&t, Mul, &i(3)).represent(Float32), Ok(rat(1, 1)));
    }

    #[test]
    fn mismatched_kinds() {
        use BasicKind::*;
        assert_eq!(Value::from("s").represent(Int), Err(Repr::Mismatch));
        assert_eq!(Value::Bool(true).represent(Float64), Err(Repr::Mismatch));
        assert_eq!(i(5).represent(String), Err(Repr::Mismatch));
        assert_eq!(i(1).represent(Bool), Err(Repr::Mismatch));
        assert_eq!(
            Value::Bool(true).represent(UntypedBool),
            Ok(Value::Bool(true))
        );
        assert_eq!(Value::from("s").represent(String), Ok(Value::from("s")));
        assert_eq!(i(0).represent(UnsafePointer), Err(Repr::Mismatch));
    }

    #[test]
    fn int_to_string_conversion() {
        // fmt.Println(string(rune(65)), string(rune(0x10FFFF)) == "\U0010FFFF",
        //   string(rune(0xD800)) == "\uFFFD", []byte(string(rune(-1))))
        // printed: A true true [239 191 189]
        assert_eq!(i(65).int_to_string(), Value::from("A"));
        assert_eq!(i(0x10FFFF).int_to_string(), Value::from("\u{10FFFF}"));
        assert_eq!(i(0xD800).int_to_string(), Value::from("\u{FFFD}"));
        assert_eq!(i(-1).int_to_string().as_bytes().unwrap(), &[239, 191, 189]);
        assert_eq!(i(0x110000).int_to_string(), Value::from("\u{FFFD}"));
        assert_eq!(
            Value::Int(pow2(70)).int_to_string(),
            Value::from("\u{FFFD}")
        );
        assert_eq!(i(233).int_to_string(), Value::from("é"));
    }

    #[test]
    fn accessors() {
        assert_eq!(i(-5).as_i64(), Some(-5));
        assert_eq!(i(-5).as_u64(), None);
        assert_eq!(Value::Int(BigInt::from(u64::MAX)).as_u64(), Some(u64::MAX));
        assert_eq!(Value::Int(BigInt::from(u64::MAX)).as_i64(), None);
        assert_eq!(flt("4.0").as_i64(), Some(4));
        assert_eq!(flt("4.5").as_i64(), None);
        assert_eq!(flt("4.5").as_f64(), Some(4.5));
        assert_eq!(flt("0.1").as_f64(), Some(0.1));
        assert_eq!(i(7).as_f64(), Some(7.0));
        assert_eq!(flt("1e400").as_f64(), None);
        assert_eq!(flt("-0.0").as_f64(), Some(0.0));
        assert_eq!(Value::Bool(true).as_bool(), Some(true));
        assert_eq!(i(1).as_bool(), None);
        assert_eq!(Value::from("x").as_bytes(), Some(&b"x"[..]));
        assert!(i(1).is_integral() && flt("3.0").is_integral() && !flt("3.5").is_integral());
        assert!(!Value::Bool(true).is_integral());
        assert_eq!(i(3).to_float(), rat(3, 1));
        assert_eq!(flt("3.0").to_int(), i(3));
        assert_eq!(flt("-2.5").sign(), -1);
        assert_eq!(i(0).sign(), 0);
        assert_eq!(
            Value::from_f64(0.1),
            Some(flt(
                "0.1000000000000000055511151231257827021181583404541015625"
            ))
        );
        assert_eq!(Value::from_f64(f64::INFINITY), None);
        for x in [1.5e-320, -2.0, 1e300, f64::MAX, f64::MIN_POSITIVE] {
            assert_eq!(Value::from_f64(x).unwrap().as_f64(), Some(x));
        }
    }

    // ----- describe ---------------------------------------------------

    #[test]
    fn describe_ints_in_full() {
        // var x uint8 = 300 -> 300 (untyped int constant)
        assert_eq!(i(300).describe(BasicKind::UntypedInt), "300");
        // var x uint8 = -1 -> -1 (untyped int constant)
        assert_eq!(i(-1).describe(BasicKind::UntypedInt), "-1");
        // const c = 1 << 100; var y int = c -> c (untyped int constant 1267650600228229401496703205376)
        assert_eq!(
            Value::Int(pow2(100)).describe(BasicKind::UntypedInt),
            "1267650600228229401496703205376"
        );
        // const c = 1 << 511; var x int = c -> c (untyped int constant 6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042048)
        assert_eq!(
            Value::Int(pow2(511)).describe(BasicKind::UntypedInt),
            "6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042048"
        );
        // var x int32 = 1<<31 -> 1 << 31 (untyped int constant 2147483648)
        assert_eq!(i(1 << 31).describe(BasicKind::UntypedInt), "2147483648");
        // var x = int32(-1<<31 - 1) -> constant -2147483649 overflows int32
        assert_eq!(
            i(-(1 << 31) - 1).describe(BasicKind::UntypedInt),
            "-2147483649"
        );
        // const c uint8 = 255; c + 1 -> c + 1 (constant 256 of type uint8) overflows uint8
        assert_eq!(i(256).describe(BasicKind::Uint8), "256");
    }

    #[test]
    fn describe_runes_as_integers() {
        // var b byte = 'é' + 200 -> 'é' + 200 (untyped rune constant 433)
        // var x byte = 'ā' -> 'ā' (untyped rune constant 257)
        let a = Value::from_literal(LitKind::Rune, "'ā'").unwrap();
        assert_eq!(a.describe(BasicKind::UntypedRune), "257");
        assert_eq!(i(97).describe(BasicKind::UntypedRune), "97");
    }

    #[test]
    fn describe_floats() {
        // var i int = 2.5 -> 2.5 (untyped float constant)
        assert_eq!(fdesc("2.5"), "2.5");
        // 0.1 (untyped float constant)
        assert_eq!(fdesc("0.1"), "0.1");
        // var f float32 = 1e100 -> (untyped float constant 1e+100)
        assert_eq!(fdesc("1e100"), "1e+100");
        // -1e100 -> (untyped float constant -1e+100)
        assert_eq!(fdesc("-1e100"), "-1e+100");
        // 1000.0 -> (untyped float constant 1000)
        assert_eq!(fdesc("1000.0"), "1000");
        // 1 / 3.0 -> (untyped float constant 0.333333)
        assert_eq!(desc(&bin(&i(1), Quo, &flt("3.0"))), "0.333333");
        // 2.0 / 3 -> (untyped float constant 0.666667)
        assert_eq!(desc(&bin(&flt("2.0"), Quo, &i(3))), "0.666667");
        // 1e-7 + 1 -> (untyped float constant 1.0000001)  (%g when %.6g hides the fraction)
        assert_eq!(desc(&bin(&flt("1e-7"), Add, &i(1))), "1.0000001");
        // 123456789.5 -> (untyped float constant 1.23457e+08)
        assert_eq!(fdesc("123456789.5"), "1.23457e+08");
        // -0.000012345 -> (untyped float constant -1.2345e-05)
        assert_eq!(fdesc("-0.000012345"), "-1.2345e-05");
        // const f = 1e-5 * 3 -> (untyped float constant 3e-05)
        assert_eq!(desc(&bin(&flt("1e-5"), Mul, &i(3))), "3e-05");
        // const x = 1e-7 + 1e-100 -> (untyped float constant 1e-07)
        assert_eq!(desc(&bin(&flt("1e-7"), Add, &flt("1e-100"))), "1e-07");
        // const x = 100000.5 -> (untyped float constant 100000.5)
        assert_eq!(fdesc("100000.5"), "100000.5");
        // const x = 1234565.0 + 0.5 -> (untyped float constant 1.23457e+06)
        assert_eq!(fdesc("1234565.5"), "1.23457e+06");
        // Out of float64's range, Go's approximate conversion:
        // 1e309 -> (untyped float constant 1e+309)
        assert_eq!(fdesc("1e309"), "1e+309");
        // const c = 1e1000 -> (untyped float constant 1e+1000)
        assert_eq!(fdesc("1e1000"), "1e+1000");
        // const c = 1e-1000 -> (untyped float constant 1e-1000)
        assert_eq!(fdesc("1e-1000"), "1e-1000");
        // const q = 73e-693 -> (untyped float constant 0.73e-691)  (sic)
        assert_eq!(fdesc("73e-693"), "0.73e-691");
        // const x = 0x1p-1074 / 3 -> (untyped float constant 1.64689e-324)
        assert_eq!(desc(&bin(&flt("0x1p-1074"), Quo, &i(3))), "1.64689e-324");
        // Typed floats print their rounded value the same way:
        // const f float32 = 0.1 -> f (constant 0.1 of type float32)
        // const f float32 = 1.0/3 -> f (constant 0.333333 of type float32)
        let f = flt("0.1").represent(BasicKind::Float32).unwrap();
        assert_eq!(f.describe(BasicKind::Float32), "0.1");
        let t = bin(&flt("1.0"), Quo, &i(3))
            .represent(BasicKind::Float32)
            .unwrap();
        assert_eq!(t.describe(BasicKind::Float32), "0.333333");
        // go/constant's String of 5e-324, 0x1p-150, 2.4703282292062327e-324:
        // 4.94066e-324, 7.00649e-46, 2.47033e-324
        assert_eq!(fdesc("5e-324"), "4.94066e-324");
        assert_eq!(fdesc("0x1p-150"), "7.00649e-46");
        assert_eq!(fdesc("2.4703282292062327e-324"), "2.47033e-324");
        assert_eq!(fdesc("0.0"), "0");
        assert_eq!(fdesc("-3.0"), "-3");
        assert_eq!(fdesc("1e6"), "1e+06");
        assert_eq!(fdesc("123456.0"), "123456");
        assert_eq!(fdesc("1234567.0"), "1.23457e+06");
        assert_eq!(fdesc("0.0001234"), "0.0001234");
        assert_eq!(fdesc("12345.678"), "12345.7");
    }

    #[test]
    fn go_g_formatting() {
        // fmt.Printf("%.6g|%g", v, v) for these printed:
        for (v, g6, g) in [
            (100000.5, "100000", "100000.5"),
            (100001.5, "100002", "100001.5"),
            (1234565.0, "1.23456e+06", "1.234565e+06"),
            (1234575.0, "1.23458e+06", "1.234575e+06"),
            (0.5, "0.5", "0.5"),
            (0.0, "0", "0"),
            (1e21, "1e+21", "1e+21"),
            (123456.0, "123456", "123456"),
            (1234567.0, "1.23457e+06", "1.234567e+06"),
            (0.0001234, "0.0001234", "0.0001234"),
            (0.00001234, "1.234e-05", "1.234e-05"),
            (100000.0, "100000", "100000"),
            (1e6, "1e+06", "1e+06"),
            (12345.678, "12345.7", "12345.678"),
            (5e-324, "4.94066e-324", "5e-324"),
            (1e-320, "9.99989e-321", "1e-320"),
            (
                1.7976931348623157e308,
                "1.79769e+308",
                "1.7976931348623157e+308",
            ),
            (33.333333333333336, "33.3333", "33.333333333333336"),
            (-2.5, "-2.5", "-2.5"),
        ] {
            assert_eq!(format_g(v, Some(6)), g6, "{v}");
            assert_eq!(format_g(v, None), g, "{v}");
        }
    }

    #[test]
    fn describe_strings_and_bools() {
        let s = |raw: &str| {
            Value::from_literal(LitKind::String, raw)
                .unwrap()
                .describe(BasicKind::UntypedString)
        };
        // "hello" -> s (untyped string constant "hello")
        assert_eq!(s(r#""hello""#), r#""hello""#);
        // "hello\tworld\x00\xff\u00e9\u2028\U0001F600\\\"'" ->
        // (untyped string constant "hello\tworld\x00\xffé\u2028😀\\\"'")
        assert_eq!(
            s(r#""hello\tworld\x00\xff\u00e9\u2028\U0001F600\\\"'""#),
            r#""hello\tworld\x00\xffé\u2028😀\\\"'""#
        );
        // "a\u00a0b\u0301c\u200bd\ufeff\U000e0001\x7f" ->
        // (untyped string constant "a\u00a0b́c\u200bd\ufeff\U000e0001\x7f")
        assert_eq!(
            s(r#""a\u00a0b\u0301c\u200bd\ufeff\U000e0001\x7f""#),
            "\"a\\u00a0b\u{301}c\\u200bd\\ufeff\\U000e0001\\x7f\""
        );
        // string(rune(0x10FFFF)) + string(rune(0xe000)) + "\u0378" ->
        // (constant "\U0010ffff\ue000\u0378" of type string)
        assert_eq!(
            Value::from("\u{10FFFF}\u{E000}\u{378}").describe(BasicKind::String),
            r#""\U0010ffff\ue000\u0378""#
        );
        // string(rune(-1)) -> (constant "�" of type string)
        assert_eq!(
            i(-1).int_to_string().describe(BasicKind::String),
            "\"\u{FFFD}\""
        );
        assert_eq!(s(r#""\a\b\f\n\r\t\v""#), r#""\a\b\f\n\r\t\v""#);
        assert_eq!(s(r#""\xed\xa0\x80\xc3""#), r#""\xed\xa0\x80\xc3""#); // surrogate bytes, cut sequence
                                                                         // Long strings are cut to 72 runes of quoted text:
                                                                         // "0123…6789X" (71 digits) -> (untyped string constant "01234567890123456789012345678901234567890123456789012345678901234567...)
        let digits = "0123456789".repeat(7);
        assert_eq!(
            Value::from(format!("{digits}X").as_str()).describe(BasicKind::UntypedString),
            "\"01234567890123456789012345678901234567890123456789012345678901234567..."
        );
        // 70 characters quote to exactly 72 runes: kept whole.
        assert_eq!(
            Value::from(digits.as_str()).describe(BasicKind::UntypedString),
            format!("\"{digits}\"")
        );
        // 76 × "é" -> (untyped string constant "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé...)
        assert_eq!(
            Value::from("é".repeat(76).as_str()).describe(BasicKind::UntypedString),
            format!("\"{}...", "é".repeat(68))
        );
        // 24 × "\x01" -> (untyped string constant "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01...)
        assert_eq!(
            Value::from_bytes(&[1; 24]).describe(BasicKind::UntypedString),
            format!("\"{}...", "\\x01".repeat(17))
        );
        assert_eq!(Value::from("").describe(BasicKind::UntypedString), "\"\"");
        // const t = 1 < 2 -> t (untyped bool constant true)
        assert_eq!(Value::Bool(true).describe(BasicKind::UntypedBool), "true");
        assert_eq!(Value::Bool(false).describe(BasicKind::Bool), "false");
    }
}
