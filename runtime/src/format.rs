//! Go's formatting of basic values, as `println` and fmt's `%v` print them.

/// A float as Go's `%v` (and `println`) prints it, which is
/// `strconv.FormatFloat(f, 'g', -1, bits)`: the shortest digits that read
/// back to the same value, in exponent form when the decimal exponent is
/// below -4 or at least 6.
pub fn float(f: f64, bits: u32) -> String {
    crate::natives::strconv::format_shortest(f, bits as i64)
}

#[cfg(test)]
mod tests {
    use super::float;

    /// Outputs checked with go-oracle: `fmt.Println(...)` and `println(...)`
    /// print `1e+06 1.23456789e+08 1e+20 1e+21 0.0001 1e-05 2.5 -1 3 0.1
    /// 0.3333333333333333`, and `0 -0` for a zero and its negation.
    #[test]
    fn floats_like_go() {
        let cases = [
            (1000000.0, "1e+06"),
            (123456789.0, "1.23456789e+08"),
            (1e20, "1e+20"),
            (1e21, "1e+21"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (2.5, "2.5"),
            (-1.0, "-1"),
            (3.0, "3"),
            (1.0 / 3.0, "0.3333333333333333"),
            (0.0, "0"),
            (-0.0, "-0"),
            (123456.0, "123456"),
        ];
        for (f, want) in cases {
            assert_eq!(float(f, 64), want, "{f}");
        }
        assert_eq!(float(0.1f32 as f64, 32), "0.1");
        assert_eq!(float(f64::NAN, 64), "NaN");
        assert_eq!(float(f64::INFINITY, 64), "+Inf");
        assert_eq!(float(f64::NEG_INFINITY, 64), "-Inf");
    }
}

/// One `%` directive of a Printf format: flags, width, precision, verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Spec {
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub prec: Option<usize>,
    pub verb: char,
}

impl Spec {
    /// Parses the directive at the start of `s` (just after its `%`).
    /// Returns the spec and how many bytes it used; `None` for forms minigo
    /// does not handle yet (`*` widths, `[n]` argument indexes).
    pub fn parse(s: &str) -> Option<(Spec, usize)> {
        let mut spec = Spec::default();
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'-' => spec.minus = true,
                b'+' => spec.plus = true,
                b'#' => spec.sharp = true,
                b' ' => spec.space = true,
                b'0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        let digits = |i: &mut usize| -> Option<usize> {
            let start = *i;
            while *i < b.len() && b[*i].is_ascii_digit() {
                *i += 1;
            }
            (*i > start).then(|| s[start..*i].parse().unwrap_or(usize::MAX))
        };
        spec.width = digits(&mut i);
        if i < b.len() && b[i] == b'.' {
            i += 1;
            spec.prec = Some(digits(&mut i).unwrap_or(0));
        }
        if i < b.len() && (b[i] == b'*' || b[i] == b'[') {
            return None;
        }
        let verb = s[i..].chars().next()?;
        spec.verb = verb;
        if verb == 'v' {
            // For %v, `+` means field names (for structs), not a sign.
            spec.plus = false;
        }
        Some((spec, i + verb.len_utf8()))
    }
}

/// Pads `body` (already signed) to the spec's width: spaces on the left,
/// spaces on the right with `-`, or zeros after the sign with `0`.
fn pad(spec: &Spec, body: String, zero_ok: bool) -> String {
    let len = body.chars().count();
    let Some(w) = spec.width.filter(|&w| w > len) else {
        return body;
    };
    let fill = w - len;
    if spec.minus {
        return body + &" ".repeat(fill);
    }
    if spec.zero && zero_ok {
        let (sign, digits) = match body.chars().next() {
            Some(c @ ('+' | '-' | ' ')) => (c.to_string(), body[1..].to_string()),
            _ => (String::new(), body),
        };
        return sign + &"0".repeat(fill) + &digits;
    }
    " ".repeat(fill) + &body
}

fn sign(spec: &Spec, negative: bool) -> &'static str {
    if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    }
}

/// An integer under a verb (`%d %b %o %O %x %X %c %q %U %v`).
pub fn format_int(spec: &Spec, value: i128) -> Option<String> {
    let negative = value < 0;
    let mag = value.unsigned_abs();
    let (mut digits, prefix) = match spec.verb {
        'd' | 'v' => (mag.to_string(), ""),
        'b' => (format!("{mag:b}"), if spec.sharp { "0b" } else { "" }),
        'o' => (format!("{mag:o}"), if spec.sharp { "0" } else { "" }),
        'O' => (format!("{mag:o}"), "0o"),
        'x' => (format!("{mag:x}"), if spec.sharp { "0x" } else { "" }),
        'X' => (format!("{mag:X}"), if spec.sharp { "0X" } else { "" }),
        'c' => return Some(pad(spec, char_of(value).to_string(), false)),
        'q' => return Some(pad(spec, quote_rune(char_of(value)), false)),
        'U' => {
            let mut s = format!("U+{mag:04X}");
            if spec.sharp {
                s.push_str(&format!(" '{}'", char_of(value)));
            }
            return Some(pad(spec, s, false));
        }
        _ => return None,
    };
    if let Some(p) = spec.prec {
        if p == 0 && mag == 0 {
            digits.clear();
        }
        while digits.len() < p {
            digits.insert(0, '0');
        }
    }
    let body = format!("{}{prefix}{digits}", sign(spec, negative));
    Some(pad(spec, body, spec.prec.is_none()))
}

fn char_of(v: i128) -> char {
    u32::try_from(v)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}')
}

/// Go's `strconv.QuoteRune` for printable characters and the common escapes.
fn quote_rune(c: char) -> String {
    match c {
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\r' => "'\\r'".into(),
        '\0' => "'\\x00'".into(),
        c if c.is_control() => format!("'\\u{:04x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// A float under a verb (`%e %E %f %F %g %G %v`), `bits` 32 or 64.
pub fn format_float(spec: &Spec, f: f64, bits: u32) -> Option<String> {
    if f.is_nan() || f.is_infinite() {
        let body = if f.is_nan() {
            format!(
                "{}NaN",
                if spec.plus {
                    "+"
                } else if spec.space {
                    " "
                } else {
                    ""
                }
            )
        } else if f > 0.0 {
            format!("{}Inf", if spec.space && !spec.plus { " " } else { "+" })
        } else {
            "-Inf".into()
        };
        return Some(pad(spec, body, false));
    }
    let negative = f.is_sign_negative();
    let a = f.abs();
    let body = match spec.verb {
        'v' | 'g' | 'G' if spec.prec.is_none() => {
            let s = float(a, bits);
            if spec.verb == 'G' {
                s.to_uppercase()
            } else {
                s
            }
        }
        'e' | 'E' => {
            let s = exp_form(a, spec.prec.unwrap_or(6));
            if spec.verb == 'E' {
                s.to_uppercase()
            } else {
                s
            }
        }
        'f' | 'F' => format!("{:.*}", spec.prec.unwrap_or(6), a),
        'g' | 'G' => {
            let p = spec.prec.unwrap_or(6).max(1);
            // %g with a precision: that many significant digits, then the
            // shorter of the exponent and fixed forms, trailing zeros cut.
            let e = exp_form(a, p - 1);
            let (mant, exp) = e.split_once('e').unwrap();
            let exp: i32 = exp.parse().unwrap();
            let s = if exp < -4 || exp >= p as i32 {
                let m = trim_zeros(mant);
                format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
            } else {
                trim_zeros(&format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a)).to_string()
            };
            if spec.verb == 'G' {
                s.to_uppercase()
            } else {
                s
            }
        }
        _ => return None,
    };
    let body = format!("{}{body}", sign(spec, negative));
    Some(pad(spec, body, true))
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// `d.ddddde±XX` with `prec` digits after the point, as Go writes it.
fn exp_form(a: f64, prec: usize) -> String {
    let s = format!("{a:.prec$e}");
    let (m, e) = s.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// A bool under `%t` or `%v`.
pub fn format_bool(spec: &Spec, b: bool) -> Option<String> {
    match spec.verb {
        't' | 'v' => Some(pad(spec, b.to_string(), false)),
        _ => None,
    }
}

/// A string under `%s %v %q %x %X`.
pub fn format_str(spec: &Spec, s: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(s);
    let body = match spec.verb {
        'v' if spec.sharp => format!("{:?}", text.as_ref()),
        's' | 'v' => match spec.prec {
            Some(p) => text.chars().take(p).collect(),
            None => text.into_owned(),
        },
        'q' => format!("{:?}", text.as_ref()),
        'x' => s.iter().map(|b| format!("{b:02x}")).collect(),
        'X' => s.iter().map(|b| format!("{b:02X}")).collect(),
        _ => return None,
    };
    Some(pad(spec, body, false))
}
