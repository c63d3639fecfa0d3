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
/// - **stale**: dated before that day (more than 12 months old);
/// - **undated**: the figure comes from a seed write-up that carries no date
///   (`meta.undated_seeds`); its as-of is only the day the seed was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Freshness {
    Fresh,
    Aging,
    Stale,
    Undated,
}

impl Freshness {
    pub const ALL: [Freshness; 4] = [
        Freshness::Fresh,
        Freshness::Aging,
        Freshness::Stale,
        Freshness::Undated,
    ];

    /// Stable name for CSS classes and test ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Freshness::Fresh => "fresh",
            Freshness::Aging => "aging",
            Freshness::Stale => "stale",
            Freshness::Undated => "undated",
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

/// A date with its age and band. For an undated figure `date` is the day it was read and
/// `badge` is [`Freshness::Undated`].
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

    /// A figure whose source carries no date, read on `read`.
    pub fn undated(read: Date, today: Date) -> Dated {
        Dated {
            badge: Freshness::Undated,
            ..Dated::new(read, today)
        }
    }

    /// The date, then whether it is a real one: the key "newest" maximises, so that on the
    /// same date a real date wins over an undated one.
    fn newest_key(&self) -> (Date, bool) {
        (self.date, self.badge != Freshness::Undated)
    }

    /// The date, then whether it is undated: the key "oldest" minimises, so that on the same
    /// date a real date wins here too.
    fn oldest_key(&self) -> (Date, bool) {
        (self.date, self.badge == Freshness::Undated)
    }

    /// `newest` and `oldest` widened to take in `self`.
    pub fn widen(self, newest: &mut Dated, oldest: &mut Dated) {
        if self.newest_key() > newest.newest_key() {
            *newest = self;
        }
        if self.oldest_key() < oldest.oldest_key() {
            *oldest = self;
        }
    }
}
