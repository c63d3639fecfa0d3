//! The comparison: every plan of a workload estimated, audited, scored and badged; cost curves
//! over users (or conversation hours) with their crossing points (`curves`); the components
//! offered for the workload (`components`).

mod components;
mod curves;

pub use components::{components_for, ComponentChoice};
pub use curves::{
    curve_samples, curve_view, drawn, CurveMark, CurveView, CHORDS_PER_DECADE, CURVE_SAMPLES,
};

use crate::engine::audit::{audit, Audit, FLAG_THRESHOLD};
use crate::engine::estimate::{estimate, plans_for, CapacityStatus, Estimate};
use crate::model::catalog::plan::Plan;
use crate::model::catalog::Catalog;
use crate::model::money::{Currency, Fx, MoneyRange, Range};
use crate::model::scenario::Scenario;

/// A distinction a plan earns among those compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Badge {
    /// Lowest monthly total among the plans that serve the peak (ties share it).
    Cheapest,
    /// Lowest end-to-end latency.
    Fastest,
    /// Highest privacy rating.
    MostPrivate,
}

impl Badge {
    /// The badge's name in CSS classes and test ids: `win-cheapest`, `badge-{plan}-fastest`,
    /// `win-mostprivate` (one word, lower case).
    pub fn as_str(self) -> &'static str {
        match self {
            Badge::Cheapest => "cheapest",
            Badge::Fastest => "fastest",
            Badge::MostPrivate => "mostprivate",
        }
    }
}

/// One plan in the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub plan: &'static Plan,
    pub estimate: Estimate,
    pub audit: Audit,
    pub badges: Vec<Badge>,
    /// The catalog-priced total differs from the seed's stated total by more than 10 %.
    pub seed_differs: bool,
    /// Serves the scenario's peak (no capacity warning).
    pub serves_peak: bool,
}

impl PlanRow {
    pub fn monthly(&self, c: Currency) -> MoneyRange {
        self.estimate.monthly(c)
    }

    pub fn latency_ms(&self) -> Option<Range<f64>> {
        self.estimate.latency.as_ref().map(|l| l.total_ms)
    }

    pub fn has(&self, b: Badge) -> bool {
        self.badges.contains(&b)
    }
}

/// Estimates, audits and badges every plan shown for the scenario's workload.
pub fn compare(s: &Scenario, catalog: &'static Catalog) -> Vec<PlanRow> {
    let fx = Fx::new(s.fx_rate);
    let mut rows: Vec<PlanRow> = plans_for(s.workload, catalog)
        .map(|plan| {
            let est = estimate(plan, s, catalog);
            let audit = audit(plan, &est, fx);
            let seed_differs = audit
                .catalog_vs_stated
                .is_some_and(|d| d.abs() > FLAG_THRESHOLD);
            let serves_peak = est
                .capacity
                .as_ref()
                .is_none_or(|c| c.status == CapacityStatus::Ok);
            PlanRow {
                plan,
                estimate: est,
                audit,
                badges: Vec::new(),
                seed_differs,
                serves_peak,
            }
        })
        .collect();
    award_badges(&mut rows);
    rows
}

fn award_badges(rows: &mut [PlanRow]) {
    const EPS: f64 = 1e-9;
    // cheapest: among plans with a known total that serve the peak; if none serve, among all
    // with a known total
    let known = |r: &PlanRow| !r.estimate.is_lower_bound();
    let pool: Vec<usize> = {
        let serving: Vec<usize> = (0..rows.len())
            .filter(|&i| known(&rows[i]) && rows[i].serves_peak)
            .collect();
        if serving.is_empty() {
            (0..rows.len()).filter(|&i| known(&rows[i])).collect()
        } else {
            serving
        }
    };
    let cost = |r: &PlanRow| r.estimate.monthly_usd.range().mid();
    if let Some(min) = pool.iter().map(|&i| cost(&rows[i])).reduce(f64::min) {
        for &i in &pool {
            if cost(&rows[i]) <= min + EPS {
                rows[i].badges.push(Badge::Cheapest);
            }
        }
    }
    let lat = |r: &PlanRow| r.latency_ms().map(|l| l.mid());
    if let Some(min) = rows.iter().filter_map(lat).reduce(f64::min) {
        for r in rows.iter_mut() {
            if lat(r).is_some_and(|l| l <= min + EPS) {
                r.badges.push(Badge::Fastest);
            }
        }
    }
    let privacy = |r: &PlanRow| r.plan.privacy.as_ref().map(|p| p.rating);
    if let Some(max) = rows.iter().filter_map(privacy).max() {
        // a badge only distinguishes when not everyone has it
        let all = rows.iter().all(|r| privacy(r) == Some(max));
        if !all {
            for r in rows.iter_mut() {
                if privacy(r) == Some(max) {
                    r.badges.push(Badge::MostPrivate);
                }
            }
        }
    }
}

/// Scores 1 (worst) … 5 (best) for the radar chart. `None` where the plan has no data.
#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub cost: f64,
    pub latency: Option<f64>,
    pub privacy: Option<f64>,
    /// 6 − mean ops effort (effort 1 = easiest → 5).
    pub ops: Option<f64>,
    pub scalability: Option<f64>,
}

/// Maps `x` within `[min, max]` to 5 (at min) … 1 (at max), on a log scale so that $10 vs $20
/// matters as much as $1,000 vs $2,000.
fn inverse_score(x: f64, min: f64, max: f64) -> f64 {
    let (lx, lmin, lmax) = ((x + 1.0).ln(), (min + 1.0).ln(), (max + 1.0).ln());
    if lmax - lmin < 1e-12 {
        return 5.0;
    }
    5.0 - 4.0 * (lx - lmin) / (lmax - lmin)
}

pub fn scores(rows: &[PlanRow]) -> Vec<Scores> {
    let costs: Vec<f64> = rows
        .iter()
        .map(|r| r.estimate.monthly_usd.range().mid())
        .collect();
    let (cmin, cmax) = min_max(&costs);
    let lats: Vec<f64> = rows
        .iter()
        .filter_map(|r| r.latency_ms().map(|l| l.mid()))
        .collect();
    let (lmin, lmax) = min_max(&lats);
    rows.iter()
        .zip(&costs)
        .map(|(r, &c)| Scores {
            cost: inverse_score(c, cmin, cmax),
            latency: r.latency_ms().map(|l| inverse_score(l.mid(), lmin, lmax)),
            privacy: r.plan.privacy.as_ref().map(|p| f64::from(p.rating)),
            ops: r.plan.ops.as_ref().and_then(|o| o.mean()).map(|m| 6.0 - m),
            scalability: r
                .plan
                .capacity
                .as_ref()
                .map(|c| if c.scales { 5.0 } else { 1.0 }),
        })
        .collect()
}

fn min_max(xs: &[f64]) -> (f64, f64) {
    xs.iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &x| {
            (a.min(x), b.max(x))
        })
}

/// Monthly cost by category (midpoints, in `currency`) for stacked bars: the categories that
/// occur, and for each row one value per category.
pub fn category_stacks(
    rows: &[&PlanRow],
    currency: Currency,
    fx: Fx,
) -> (Vec<crate::model::catalog::Category>, Vec<Vec<f64>>) {
    use crate::model::catalog::Category;
    let per_row: Vec<Vec<(Category, MoneyRange)>> = rows
        .iter()
        .map(|r| r.estimate.by_category(currency, fx))
        .collect();
    let cats: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| {
            per_row
                .iter()
                .any(|r| r.iter().any(|(k, v)| k == c && v.high > 0.0))
        })
        .collect();
    let values = per_row
        .iter()
        .map(|r| {
            cats.iter()
                .map(|c| {
                    r.iter()
                        .find(|(k, _)| k == c)
                        .map_or(0.0, |(_, v)| v.range().mid())
                })
                .collect()
        })
        .collect();
    (cats, values)
}

/// Latency per stage (midpoints, ms) for stacked bars: the stages that occur, and for each
/// row one value per stage.
pub fn stage_matrix(rows: &[&PlanRow]) -> (Vec<crate::model::catalog::plan::Stage>, Vec<Vec<f64>>) {
    use crate::model::catalog::plan::Stage;
    let stages: Vec<Stage> = Stage::ALL
        .into_iter()
        .filter(|st| {
            rows.iter().any(|r| {
                r.estimate
                    .latency
                    .as_ref()
                    .is_some_and(|l| l.stages.iter().any(|x| x.stage == *st))
            })
        })
        .collect();
    let values = rows
        .iter()
        .map(|r| {
            stages
                .iter()
                .map(|st| {
                    r.estimate.latency.as_ref().map_or(0.0, |l| {
                        l.stages
                            .iter()
                            .filter(|x| x.stage == *st)
                            .map(|x| x.ms.mid())
                            .sum()
                    })
                })
                .collect()
        })
        .collect();
    (stages, values)
}

impl Scores {
    /// In radar order: cost, latency, privacy, ops, scalability.
    pub fn as_vec(&self) -> Vec<Option<f64>> {
        vec![
            Some(self.cost),
            self.latency,
            self.privacy,
            self.ops,
            self.scalability,
        ]
    }
}

/// The rows in display order: the pinned plan first, hidden plans left out.
pub fn visible<'a>(
    rows: &'a [PlanRow],
    hidden: &std::collections::BTreeSet<crate::model::vocab::PlanId>,
    pinned: Option<&str>,
) -> Vec<&'a PlanRow> {
    visible_order(rows, hidden, pinned)
        .into_iter()
        .map(|i| &rows[i])
        .collect()
}

/// [`visible`] as indexes into `rows`.
pub fn visible_order(
    rows: &[PlanRow],
    hidden: &std::collections::BTreeSet<crate::model::vocab::PlanId>,
    pinned: Option<&str>,
) -> Vec<usize> {
    let mut out: Vec<usize> = (0..rows.len())
        .filter(|&i| !hidden.contains(rows[i].plan.id.as_str()))
        .collect();
    if let Some(p) = pinned {
        if let Some(k) = out.iter().position(|&i| rows[i].plan.id.as_str() == p) {
            let i = out.remove(k);
            out.insert(0, i);
        }
    }
    out
}

/// The hidden rows, in the comparison's order (for "show again").
pub fn hidden<'a>(
    rows: &'a [PlanRow],
    hidden: &std::collections::BTreeSet<crate::model::vocab::PlanId>,
) -> Vec<&'a PlanRow> {
    rows.iter()
        .filter(|r| hidden.contains(r.plan.id.as_str()))
        .collect()
}
