//! Money with a currency, low/high ranges, FX conversion and the named constants that every
//! estimate relies on (shown to the user as assumptions).

use serde::{Deserialize, Serialize};

/// Hours in a billing month, as AWS, GCP and Azure price calculators use (24 × 365 / 12).
pub const HOURS_PER_MONTH: f64 = 730.0;
/// Days in a month when a price or a driver is given per day.
pub const DAYS_PER_MONTH: f64 = 30.0;
/// Months in a year, for yearly totals.
pub const MONTHS_PER_YEAR: f64 = 12.0;

/// The two currencies prices are quoted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Currency {
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "CNY")]
    Cny,
}

impl Currency {
    pub const ALL: [Currency; 2] = [Currency::Usd, Currency::Cny];

    pub fn as_str(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Cny => "CNY",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Usd => "$",
            Currency::Cny => "¥",
        }
    }

    pub fn parse(s: &str) -> Option<Currency> {
        match s.to_ascii_uppercase().as_str() {
            "USD" => Some(Currency::Usd),
            "CNY" | "RMB" => Some(Currency::Cny),
            _ => None,
        }
    }
}

/// A closed interval `low ..= high`. Estimates carry ranges because many prices do
/// (a seed's "$5-10/月", a usage tier, a driver given as a span).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range<T> {
    pub low: T,
    pub high: T,
}

impl Range<f64> {
    pub fn new(low: f64, high: f64) -> Self {
        Range { low, high }
    }

    pub fn point(x: f64) -> Self {
        Range { low: x, high: x }
    }

    pub fn zero() -> Self {
        Range::point(0.0)
    }

    pub fn is_point(&self) -> bool {
        self.low == self.high
    }

    /// Well formed: finite, and `low <= high`.
    pub fn is_valid(&self) -> bool {
        self.low.is_finite() && self.high.is_finite() && self.low <= self.high
    }

    pub fn scale(self, k: f64) -> Self {
        Range::new(self.low * k, self.high * k)
    }

    pub fn mid(&self) -> f64 {
        (self.low + self.high) / 2.0
    }
}

impl std::ops::Add for Range<f64> {
    type Output = Range<f64>;
    fn add(self, other: Self) -> Self {
        Range::new(self.low + other.low, self.high + other.high)
    }
}

/// Product of two non-negative ranges (low × low, high × high).
impl std::ops::Mul for Range<f64> {
    type Output = Range<f64>;
    fn mul(self, other: Self) -> Self {
        Range::new(self.low * other.low, self.high * other.high)
    }
}

/// A low/high range of money in one currency.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MoneyRange {
    pub low: f64,
    pub high: f64,
    pub currency: Currency,
}

impl MoneyRange {
    pub fn new(range: Range<f64>, currency: Currency) -> Self {
        MoneyRange {
            low: range.low,
            high: range.high,
            currency,
        }
    }

    pub fn zero(currency: Currency) -> Self {
        MoneyRange::new(Range::zero(), currency)
    }

    pub fn range(&self) -> Range<f64> {
        Range::new(self.low, self.high)
    }

    pub fn to(self, currency: Currency, fx: Fx) -> MoneyRange {
        MoneyRange::new(
            Range::new(
                fx.convert(self.low, self.currency, currency),
                fx.convert(self.high, self.currency, currency),
            ),
            currency,
        )
    }

    /// Adds `other` converted into this range's currency.
    pub fn plus(self, other: MoneyRange, fx: Fx) -> MoneyRange {
        let o = other.to(self.currency, fx);
        MoneyRange::new(self.range() + o.range(), self.currency)
    }

    pub fn scale(self, k: f64) -> MoneyRange {
        MoneyRange::new(self.range().scale(k), self.currency)
    }
}

/// Exchange rate: how many CNY one USD buys.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fx {
    pub cny_per_usd: f64,
}

impl Fx {
    pub fn new(cny_per_usd: f64) -> Self {
        Fx { cny_per_usd }
    }

    pub fn convert(self, amount: f64, from: Currency, to: Currency) -> f64 {
        match (from, to) {
            (Currency::Usd, Currency::Cny) => amount * self.cny_per_usd,
            (Currency::Cny, Currency::Usd) => amount / self.cny_per_usd,
            _ => amount,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_both_ways_at_the_given_rate() {
        let fx = Fx::new(7.2);
        assert_eq!(fx.convert(100.0, Currency::Usd, Currency::Cny), 720.0);
        assert_eq!(fx.convert(720.0, Currency::Cny, Currency::Usd), 100.0);
        assert_eq!(fx.convert(5.0, Currency::Cny, Currency::Cny), 5.0);
    }

    #[test]
    fn adds_ranges_in_the_left_currency() {
        let fx = Fx::new(7.0);
        let usd = MoneyRange::new(Range::new(1.0, 2.0), Currency::Usd);
        let cny = MoneyRange::new(Range::new(7.0, 14.0), Currency::Cny);
        let sum = usd.plus(cny, fx);
        assert_eq!((sum.low, sum.high, sum.currency), (2.0, 4.0, Currency::Usd));
    }

    #[test]
    fn range_validity() {
        assert!(Range::new(1.0, 2.0).is_valid());
        assert!(!Range::new(2.0, 1.0).is_valid());
        assert!(!Range::new(f64::NAN, 1.0).is_valid());
    }
}
