//! Calendar dates as the catalog writes them (`YYYY-MM-DD`). The domain has no clock: the
//! shell passes "today" in, and the catalog's own `as_of` bounds what "future" means.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let ok = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` exactly (no other form is accepted).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let year = u16::try_from(num(0..4)?).ok()?;
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    /// Whole months from `self` to `later` (negative if `later` is earlier), counting a
    /// month as complete only when the day of month has been reached.
    pub fn months_until(self, later: Date) -> i32 {
        let mut m = (i32::from(later.year) - i32::from(self.year)) * 12 + i32::from(later.month)
            - i32::from(self.month);
        if later.day < self.day {
            m -= 1;
        }
        m
    }

    /// Days from `self` to `later` (negative if `later` is earlier): 2026-08-24 to
    /// 2026-11-22 is 90.
    pub fn days_until(self, later: Date) -> i32 {
        later.day_number() - self.day_number()
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`), for differences between dates.
    fn day_number(self) -> i32 {
        let (m, d) = (i32::from(self.month), i32::from(self.day));
        let y = i32::from(self.year) - i32::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("bad date {s:?}, want YYYY-MM-DD")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(Date::parse("2026-07-20"), Date::new(2026, 7, 20));
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-7-20",
            "20260720",
            "2026-07-2x",
            "",
            "2026-00-10",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn counts_whole_months() {
        let a = Date::new(2025, 11, 22).unwrap();
        assert_eq!(a.months_until(Date::new(2026, 11, 22).unwrap()), 12);
        assert_eq!(a.months_until(Date::new(2026, 11, 21).unwrap()), 11);
        assert_eq!(a.months_until(Date::new(2025, 10, 22).unwrap()), -1);
    }

    #[test]
    fn counts_days() {
        let d = |y, m, d| Date::new(y, m, d).unwrap();
        assert_eq!(d(1970, 1, 1).day_number(), 0);
        assert_eq!(d(2000, 3, 1).day_number(), 11_017);
        // 2026-08-24 -> 2026-11-22: 7 (Aug 25-31) + 30 + 31 + 22 = 90
        assert_eq!(d(2026, 8, 24).days_until(d(2026, 11, 22)), 90);
        // a year across a leap day has 366 days, across none 365
        assert_eq!(d(2027, 3, 1).days_until(d(2028, 3, 1)), 366);
        assert_eq!(d(2025, 11, 22).days_until(d(2026, 11, 22)), 365);
        assert_eq!(d(2026, 11, 22).days_until(d(2026, 11, 21)), -1);
    }
}
