//! Number and money formatting for display. Pure, so that every string with a number in it
//! is covered by native tests.

use crate::model::money::{Currency, MoneyRange, Range};
use crate::model::vocab::Lang;
use crate::report::text::tr;

/// Groups the integer part with commas: 1234567.8 -> "1,234,567.8".
fn group(int_part: &str) -> String {
    let digits: Vec<char> = int_part.chars().collect();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*c);
    }
    out
}

/// Formats a number with `decimals` places and thousands separators. Non-finite numbers,
/// which the engine never produces, show as "—" rather than "NaN".
pub fn number(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    let s = format!("{:.*}", decimals, x.abs());
    let (int_part, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s.as_str(), None),
    };
    let sign = if x < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    match frac {
        Some(f) => format!("{sign}{}.{f}", group(int_part)),
        None => format!("{sign}{}", group(int_part)),
    }
}

/// Decimals that suit an amount of money: cents below 1,000, whole units above, and more
/// places for tiny unit prices (e.g. $0.0000166667 per GB-second).
pub fn money_decimals(x: f64) -> usize {
    let a = x.abs();
    if a == 0.0 || a >= 1000.0 {
        0
    } else if a >= 0.01 {
        2
    } else {
        // enough places to show two significant digits
        let mut d = 2;
        let mut v = a;
        while v < 0.1 && d < 10 {
            v *= 10.0;
            d += 1;
        }
        d
    }
}

pub fn money(x: f64, currency: Currency) -> String {
    format!("{}{}", currency.symbol(), number(x, money_decimals(x)))
}

/// "$392.98–$397.98", or one figure when low equals high. Both ends use the same decimals
/// (those of the larger end), so "$740–$1,020" never reads "$740.00–$1,020".
pub fn money_range(r: MoneyRange) -> String {
    if r.low == r.high {
        money(r.low, r.currency)
    } else {
        let d = money_decimals(r.high.abs().max(r.low.abs()));
        let sym = r.currency.symbol();
        format!("{sym}{}–{sym}{}", number(r.low, d), number(r.high, d))
    }
}

/// A unit price with the precision a price list uses: up to six decimals, trailing zeros
/// dropped but at least two kept ("$0.526", "$0.08", "$0.0000166667" -> "$0.000017").
pub fn unit_price(x: f64, currency: Currency) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    let decimals = if x.abs() >= 1000.0 {
        2
    } else {
        money_decimals(x).max(6)
    };
    money_trimmed(x, currency, decimals)
}

/// `x` with `decimals` places, trailing zeros dropped but at least two kept, and the
/// currency symbol: (0.5260, 4) -> "$0.526", (0.08, 6) -> "$0.08".
pub fn money_trimmed(x: f64, currency: Currency, decimals: usize) -> String {
    let s = number(x, decimals);
    let s = match s.split_once('.') {
        Some((int, frac)) if frac.len() >= 2 => {
            let trimmed = frac.trim_end_matches('0');
            let keep = if trimmed.len() < 2 {
                &frac[..2]
            } else {
                trimmed
            };
            format!("{int}.{keep}")
        }
        _ => s,
    };
    format!("{}{s}", currency.symbol())
}

/// "$5–$10" style for unit prices given as a range.
pub fn unit_price_range(r: MoneyRange) -> String {
    if r.low == r.high {
        unit_price(r.low, r.currency)
    } else {
        format!(
            "{}–{}",
            unit_price(r.low, r.currency),
            unit_price(r.high, r.currency)
        )
    }
}

/// A count or amount with 0 decimals when whole and 2 otherwise: 3.0 -> "3", 2.5 -> "2.50",
/// 1234.0 -> "1,234".
pub fn amount_smart(x: f64) -> String {
    number(x, if x.fract() == 0.0 { 0 } else { 2 })
}

/// A quantity range with [`amount_smart`] ends: one figure when both ends agree, else
/// "2–2.50".
pub fn amount_smart_range(r: Range<f64>) -> String {
    if r.is_point() {
        amount_smart(r.low)
    } else {
        format!("{}–{}", amount_smart(r.low), amount_smart(r.high))
    }
}

/// A duration in milliseconds: below one second in whole ms ("850 ms"), from one second on
/// in seconds with up to two decimals, trailing zeros dropped ("1.5 s", "2 s", "12.34 s"),
/// the way a latency target is said.
pub fn duration_ms(ms: f64) -> String {
    if ms >= 1000.0 {
        let s = number(ms / 1000.0, 2);
        let s = if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.')
        } else {
            &s
        };
        format!("{s} s")
    } else {
        format!("{} ms", number(ms, 0))
    }
}

/// A latency range: one figure when both ends agree, else "800 ms–1.20 s".
pub fn duration_ms_range(r: Range<f64>) -> String {
    if r.is_point() {
        duration_ms(r.low)
    } else {
        format!("{}–{}", duration_ms(r.low), duration_ms(r.high))
    }
}

/// The axis or column label for a monthly amount: "$ / month", "¥ / 月".
pub fn per_month(currency: Currency, lang: Lang) -> String {
    format!("{} / {}", currency.symbol(), tr(lang, "月", "month"))
}
