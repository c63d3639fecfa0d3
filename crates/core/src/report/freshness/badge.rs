//! How old a dated figure is on the catalog's date, in three bands.

use crate::model::catalog::Date;
use crate::report::catalog_table::is_stale;

/// A figure at most this many days older than the catalog date is fresh.
pub const FRESH_DAYS: i32 = 90;

/// A figure's age band, counted against the catalog's own date (`catalog.meta.as_of`), not
/// the wall clock, so that the page and the tests say the same on any day.
///
/// - **fresh**: at most [`FRESH_DAYS`] (90) days old — day 90 is fresh, day 91 is not;
/// - **aging**: older than that, but at most 12 months: dated on or after the same calendar
///   day one year before the catalog date (29 Feb → 28 Feb), the cut-off the catalog table's
///   "stale" mark already uses ([`crate::report::catalog_table::stale_cutoff`]). That is
///   365 days back when no 29 February lies in between, 366 when one does;
/// - **stale**: dated before that day (more than 12 months old).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Freshness {
    Fresh,
    Aging,
    Stale,
}

impl Freshness {
    pub const ALL: [Freshness; 3] = [Freshness::Fresh, Freshness::Aging, Freshness::Stale];

    /// Stable name for CSS classes and test ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Freshness::Fresh => "fresh",
            Freshness::Aging => "aging",
            Freshness::Stale => "stale",
        }
    }

    /// The band of a figure dated `as_of` on the catalog date `today`. A date after `today`
    /// (which catalog validation refuses) counts as fresh.
    pub fn of(as_of: Date, today: Date) -> Freshness {
        if age_days(as_of, today) <= FRESH_DAYS {
            Freshness::Fresh
        } else if is_stale(as_of, today) {
            Freshness::Stale
        } else {
            Freshness::Aging
        }
    }
}

/// Whole days from `as_of` to `today`, never negative.
pub fn age_days(as_of: Date, today: Date) -> i32 {
    as_of.days_until(today).max(0)
}

/// A date with its age and band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dated {
    pub date: Date,
    pub age_days: i32,
    pub badge: Freshness,
}

impl Dated {
    pub fn new(date: Date, today: Date) -> Dated {
        Dated {
            date,
            age_days: age_days(date, today),
            badge: Freshness::of(date, today),
        }
    }
}
