//! An amount in a price-table cell, and how a derived figure is written.

use crate::model::money::{Currency, MoneyRange};
use crate::model::vocab::Lang;
use crate::report::format;
use crate::report::text::unknown_text;

/// An amount in a cell: known, unknown (shown as "unknown", never 0), or not applicable
/// (a normalised column for a record without the spec, shown empty).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount {
    Known(MoneyRange),
    Unknown,
    NotApplicable,
}

impl Amount {
    pub fn known(self) -> Option<MoneyRange> {
        match self {
            Amount::Known(m) => Some(m),
            _ => None,
        }
    }

    pub(super) fn map(self, f: impl FnOnce(MoneyRange) -> MoneyRange) -> Amount {
        match self {
            Amount::Known(m) => Amount::Known(f(m)),
            other => other,
        }
    }

    /// "$0.526", "$5.00–$10.00", "unknown" or "".
    pub fn text(self, lang: Lang) -> String {
        match self {
            Amount::Known(m) => format::unit_price_range(m),
            Amount::Unknown => unknown_text(lang).to_string(),
            Amount::NotApplicable => String::new(),
        }
    }

    /// Like [`Amount::text`], for a figure this page worked out (converted at the FX rate, or
    /// divided by a spec): four significant figures, so that a conversion does not pretend to
    /// list precision ("$1.064", "$0.03546", "$118.19").
    pub fn derived_text(self, lang: Lang) -> String {
        match self {
            Amount::Known(m) if m.low == m.high => derived_price(m.low, m.currency),
            Amount::Known(m) => format!(
                "{}–{}",
                derived_price(m.low, m.currency),
                derived_price(m.high, m.currency)
            ),
            other => other.text(lang),
        }
    }

    /// Sort rank: known figures first, then unknown, then not applicable.
    pub(super) fn rank(self) -> u8 {
        match self {
            Amount::Known(_) => 0,
            Amount::Unknown => 1,
            Amount::NotApplicable => 2,
        }
    }
}

/// Four significant figures, at least two decimals, trailing zeros beyond two dropped:
/// 3.7872 -> "3.787", 0.035458 -> "0.03546", 118.192832 -> "118.19", 0.05 -> "0.05".
pub fn derived_price(x: f64, currency: Currency) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    let a = x.abs();
    let decimals = if a == 0.0 || a >= 100.0 {
        2
    } else {
        // digits before the first significant one, plus four significant ones
        let magnitude = a.log10().floor() as i32;
        (3 - magnitude).clamp(2, 10) as usize
    };
    format::money_trimmed(x, currency, decimals)
}
