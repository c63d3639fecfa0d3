//! Seed audit: per plan, the seed's stated total, the sum of the seed's own lines, and the total
//! at catalog prices, with every line that differs from the seed by more than 10 % flagged.

use crate::engine::estimate::{Estimate, LineState};
use crate::model::catalog::plan::{Plan, SeedAmount, ToggleKind};
use crate::model::money::{Currency, Fx, MoneyRange, Range};
use crate::model::vocab::I18nText;

/// Lines and totals that differ by more than this share are flagged.
pub const FLAG_THRESHOLD: f64 = 0.10;

#[derive(Clone, Debug, PartialEq)]
pub struct LineAudit {
    pub index: usize,
    /// The seed's figure for the line, in the audit currency.
    pub seed: MoneyRange,
    /// The line at catalog prices, in the audit currency; `None` when the price is unknown.
    pub catalog: Option<MoneyRange>,
    /// (catalog − seed) ÷ seed, comparing midpoints; `None` when the seed says 0 or the price is
    /// unknown.
    pub diff: Option<f64>,
    pub flagged: bool,
    pub note: Option<I18nText>,
    /// A sized line priced at the sizing model's count where the seed's constant gives
    /// another: (model's instances, seed's instances), high ends.
    pub model_count: Option<(f64, f64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Audit {
    /// Currency the audit is in: the seed's.
    pub currency: Currency,
    /// The seed's stated total for this configuration (a `when`-matching other total, else the
    /// plan's main one).
    pub stated_total: Option<SeedAmount>,
    pub other_totals: Vec<SeedAmount>,
    /// Sum of the seed's figures over the counted lines that have one; `None` when no line has.
    pub seed_line_sum: Option<MoneyRange>,
    /// Counted lines with / without a seed figure.
    pub lines_with_figure: usize,
    pub lines_without_figure: usize,
    pub catalog_total: MoneyRange,
    pub catalog_is_lower_bound: bool,
    /// (line sum − stated) ÷ stated, midpoints.
    pub lines_vs_stated: Option<f64>,
    /// (catalog − stated) ÷ stated, midpoints.
    pub catalog_vs_stated: Option<f64>,
    pub lines: Vec<LineAudit>,
    /// Staff time in the catalog total, which no seed counts in its own (in `currency`).
    pub staff: Option<MoneyRange>,
}

impl Audit {
    /// True when anything differs by more than the threshold.
    pub fn flagged(&self) -> bool {
        self.lines.iter().any(|l| l.flagged)
            || self
                .lines_vs_stated
                .is_some_and(|d| d.abs() > FLAG_THRESHOLD)
            || self
                .catalog_vs_stated
                .is_some_and(|d| d.abs() > FLAG_THRESHOLD)
    }
}

/// Relative difference of midpoints; `None` when the base is 0.
pub fn rel_diff(value: Range<f64>, base: Range<f64>) -> Option<f64> {
    let b = base.mid();
    (b != 0.0).then(|| (value.mid() - b) / b)
}

fn seed_money(a: &SeedAmount, currency: Currency, fx: Fx) -> MoneyRange {
    MoneyRange::new(a.value.range(), a.currency).to(currency, fx)
}

/// Audits a plan's estimate (computed for the scenario whose FX rate is `fx`).
pub fn audit(plan: &Plan, est: &Estimate, fx: Fx) -> Audit {
    let currency = plan
        .seed_total
        .as_ref()
        .map(|s| s.currency)
        .or_else(|| {
            plan.lines
                .iter()
                .find_map(|l| l.seed_figure.as_ref().map(|f| f.currency))
        })
        .unwrap_or(Currency::Usd);
    let mut seed_sum: Option<MoneyRange> = None;
    let mut with = 0;
    let mut without = 0;
    let mut lines = Vec::new();
    for l in &est.lines {
        if l.state == LineState::Excluded {
            continue;
        }
        let tpl = &plan.lines[l.index];
        let Some(fig) = &tpl.seed_figure else {
            without += 1;
            continue;
        };
        with += 1;
        let seed = seed_money(fig, currency, fx);
        seed_sum = Some(match seed_sum {
            Some(acc) => acc.plus(seed, fx),
            None => seed,
        });
        let catalog = l.subtotal.map(|s| s.to(currency, fx));
        let diff = catalog.and_then(|c| rel_diff(c.range(), seed.range()));
        let flagged = match (catalog, diff) {
            (Some(_), Some(d)) => d.abs() > FLAG_THRESHOLD,
            // the seed says 0 and the catalog charges something
            (Some(c), None) => c.high > 0.0,
            (None, _) => false,
        };
        lines.push(LineAudit {
            index: l.index,
            seed,
            catalog,
            diff,
            flagged,
            note: tpl.audit_note.clone(),
            model_count: l
                .instances
                .map(|n| (n.priced.high, n.seed.high))
                .filter(|(m, s)| m != s),
        });
    }
    let catalog_total = est.monthly(currency);
    // the stated total that matches the scenario's toggles, if the seed states one for them
    let on = |key: &str| -> Option<bool> {
        est.lines.iter().find_map(|l| {
            let c = plan.lines.get(l.index)?.component.as_ref()?;
            (c.key == key).then_some(match c.kind {
                ToggleKind::Optional => l.state != LineState::Excluded,
                ToggleKind::Owned => l.state == LineState::Owned,
            })
        })
    };
    let stated_amount = plan
        .seed_totals_other
        .iter()
        .find(|o| !o.when.is_empty() && o.when.iter().all(|(k, v)| on(k) == Some(*v)))
        .or(plan.seed_total.as_ref());
    let stated = stated_amount.map(|s| seed_money(s, currency, fx));
    Audit {
        currency,
        stated_total: stated_amount.cloned(),
        other_totals: plan.seed_totals_other.clone(),
        seed_line_sum: seed_sum,
        lines_with_figure: with,
        lines_without_figure: without,
        catalog_total,
        catalog_is_lower_bound: est.is_lower_bound(),
        lines_vs_stated: stated
            .zip(seed_sum)
            .and_then(|(st, sum)| rel_diff(sum.range(), st.range())),
        catalog_vs_stated: stated.and_then(|st| rel_diff(catalog_total.range(), st.range())),
        lines,
        staff: est.staff.as_ref().map(|st| st.subtotal.to(currency, fx)),
    }
}
