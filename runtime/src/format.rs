//! Go's formatting of basic values, as `println` and fmt's `%v` print them.

/// A float as Go's `%v` (and `println`) prints it, which is
/// `strconv.FormatFloat(f, 'g', -1, bits)`: the shortest digits that read
/// back to the same value, in exponent form when the decimal exponent is
/// below -4 or at least 6.
pub fn float(f: f64, bits: u32) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits.
    let sci = if bits == 32 {
        format!("{:e}", f as f32)
    } else {
        format!("{:e}", f)
    };
    let (mantissa, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if negative { "-" } else { "" };
    // With the shortest digits strconv's %g uses a fixed threshold of 6.
    if !(-4..6).contains(&exp) {
        let mut m = String::new();
        m.push_str(&digits[..1]);
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{m}e{esign}{:02}", exp.abs());
    }
    // Fixed notation with exactly the shortest digits.
    let point = exp + 1; // digits before the decimal point
    let mut s = String::from(sign);
    if point <= 0 {
        s.push_str("0.");
        for _ in 0..-point {
            s.push('0');
        }
        s.push_str(&digits);
    } else if point as usize >= digits.len() {
        s.push_str(&digits);
        for _ in 0..(point as usize - digits.len()) {
            s.push('0');
        }
    } else {
        s.push_str(&digits[..point as usize]);
        s.push('.');
        s.push_str(&digits[point as usize..]);
    }
    s
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
