//! Freshness per source: for each publisher of the catalog's price figures
//! ([`SourceGroup`]), how many records, the newest and oldest as-of date with their age band
//! ([`Freshness`]: fresh ≤ 90 days, aging ≤ 12 months, stale; undated for a seed write-up
//! without a date), and counts by confidence;
//! plus the same totals for the whole catalog. Ages are counted to the catalog's date, not
//! today's. The catalog page lays out [`FreshnessReport::groups`] as a table; the compare
//! page's assumptions panel shows the totals.

mod badge;
mod group;

pub use badge::{age_days, Dated, Freshness, FRESH_DAYS};
pub use group::SourceGroup;

use crate::model::catalog::{Catalog, Confidence, Date, PriceRecord, Provider};
use crate::model::vocab::{I18nText, Lang};
use crate::report::catalog_table::provider_name;
use crate::report::text::source_group_text;

/// Records per confidence, in [`Confidence::ALL`] order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ByConfidence([usize; 4]);

impl ByConfidence {
    pub fn get(&self, c: Confidence) -> usize {
        self.0[conf_index(c)]
    }

    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    fn add(&mut self, c: Confidence) {
        self.0[conf_index(c)] += 1;
    }
}

/// Records per age band, in [`Freshness::ALL`] order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ByFreshness([usize; 4]);

impl ByFreshness {
    pub fn get(&self, f: Freshness) -> usize {
        self.0[f as usize]
    }

    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    fn add(&mut self, f: Freshness) {
        self.0[f as usize] += 1;
    }
}

fn conf_index(c: Confidence) -> usize {
    Confidence::ALL.iter().position(|x| *x == c).unwrap_or(0)
}

/// Counts and date range of a set of records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally {
    pub records: usize,
    pub newest: Dated,
    pub oldest: Dated,
    pub by_confidence: ByConfidence,
    /// Each record counted in the band of its own as-of date.
    pub by_freshness: ByFreshness,
}

/// How a record's as-of is aged: to `today`, and undated when its group is a seed
/// write-up listed in `undated` (the catalog's `meta.undated_seeds`).
struct Ager<'a> {
    today: Date,
    undated: &'a [String],
}

impl Ager<'_> {
    fn dated(&self, r: &PriceRecord, group: &SourceGroup) -> Dated {
        match group {
            SourceGroup::Seed(n) if self.undated.iter().any(|u| u == n) => {
                Dated::undated(r.as_of, self.today)
            }
            _ => Dated::new(r.as_of, self.today),
        }
    }
}

impl Tally {
    fn first(r: &PriceRecord, d: Dated) -> Tally {
        let mut t = Tally {
            records: 0,
            newest: d,
            oldest: d,
            by_confidence: ByConfidence::default(),
            by_freshness: ByFreshness::default(),
        };
        t.add(r, d);
        t
    }

    fn add(&mut self, r: &PriceRecord, d: Dated) {
        self.records += 1;
        d.widen(&mut self.newest, &mut self.oldest);
        self.by_confidence.add(r.confidence);
        self.by_freshness.add(d.badge);
    }
}

/// One publisher's row.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceFreshness {
    pub group: SourceGroup,
    /// The provider's name, for [`SourceGroup::Pages`].
    pub provider_name: Option<I18nText>,
    pub tally: Tally,
}

impl SourceFreshness {
    /// The group's name in `lang` ("LiteLLM price map", "AWS: vendor and other pages", …).
    pub fn label(&self, lang: Lang) -> String {
        source_group_text(lang, &self.group, self.provider_name.as_ref())
    }
}

/// Freshness of every price record, by source and in total.
#[derive(Clone, Debug, PartialEq)]
pub struct FreshnessReport {
    /// The date ages are counted to (the catalog's date).
    pub as_of: Date,
    /// One row a publisher, in [`SourceGroup`] order: the shared machine-readable sources
    /// first, then the providers' pages (in the providers' catalog order), then the seeds.
    pub groups: Vec<SourceFreshness>,
    /// All records together; `None` when there are none.
    pub total: Option<Tally>,
}

/// The report for the catalog's price records, aged to the catalog's date.
pub fn freshness_report(catalog: &Catalog) -> FreshnessReport {
    freshness_of(
        &catalog.prices,
        &catalog.providers,
        catalog.meta.as_of,
        &catalog.meta.undated_seeds,
    )
}

/// The report for `prices` aged to `today` (the catalog's date); `providers` name the
/// [`SourceGroup::Pages`] rows and give their order (unlisted providers last, by id);
/// records citing a seed write-up in `undated_seeds` count as [`Freshness::Undated`].
pub fn freshness_of(
    prices: &[PriceRecord],
    providers: &[Provider],
    today: Date,
    undated_seeds: &[String],
) -> FreshnessReport {
    let ager = Ager {
        today,
        undated: undated_seeds,
    };
    let mut groups: Vec<SourceFreshness> = Vec::new();
    let mut total: Option<Tally> = None;
    for r in prices {
        let g = SourceGroup::of(r);
        let d = ager.dated(r, &g);
        match groups.iter_mut().find(|s| s.group == g) {
            Some(s) => s.tally.add(r, d),
            None => groups.push(SourceFreshness {
                provider_name: match &g {
                    SourceGroup::Pages(p) => Some(provider_name(providers, p)),
                    _ => None,
                },
                group: g,
                tally: Tally::first(r, d),
            }),
        }
        match &mut total {
            Some(t) => t.add(r, d),
            None => total = Some(Tally::first(r, d)),
        }
    }
    let provider_rank = |g: &SourceGroup| match g {
        SourceGroup::Pages(p) => providers
            .iter()
            .position(|x| &x.id == p)
            .unwrap_or(providers.len()),
        _ => 0,
    };
    groups.sort_by(|a, b| {
        let kind = |g: &SourceGroup| match g {
            SourceGroup::Pages(_) => 1,
            SourceGroup::Seed(_) => 2,
            _ => 0,
        };
        kind(&a.group)
            .cmp(&kind(&b.group))
            .then(provider_rank(&a.group).cmp(&provider_rank(&b.group)))
            .then(a.group.cmp(&b.group))
    });
    FreshnessReport {
        as_of: today,
        groups,
        total,
    }
}
