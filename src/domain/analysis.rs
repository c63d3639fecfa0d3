//! The numbers behind a decision: exact break-even points between two plans along a driver,
//! on-demand vs committed prices (months of use, GPU hours a day), the cost levers that apply,
//! and a growth timeline with the month to migrate.
//!
//! Monthly costs are the midpoints of the low–high ranges, in USD (the order of two plans does
//! not depend on the currency: conversion is one constant factor).

use crate::domain::catalog::{Catalog, Category, PriceId, PurchaseOption, Unit};
use crate::domain::compare::CurveAxis;
use crate::domain::estimate::{estimate, CapacityStatus, Estimate, Meets};
use crate::domain::money::{Currency, Fx};
use crate::domain::plan::{Plan, PlanId};
use crate::domain::purchase::{effective_unit_price, Adjustment};
use crate::domain::quantity::{Driver, Quantity};
use crate::domain::scenario::{Scenario, Workload};

/// The scenario driver a break-even point is sought along.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Axis {
    /// Conversation hours per month, everything else fixed.
    ConversationHours,
    /// Monthly active users; peak, conversation hours, data and requests scale with them (as on
    /// the comparison's cost curve).
    Users,
    /// Object storage, GB.
    StorageGb,
    /// Internet egress, GB per month.
    EgressGb,
}

/// The search runs from 0 to ten times the scenario's value, and at least to this.
pub const MIN_SPAN: f64 = 100.0;
/// Upper bound on the pieces of one cost curve (a guard; real plans need a few dozen).
const MAX_PIECES: usize = 4096;
/// Depth of the search for kinks (free quotas) inside a piece.
const MAX_DEPTH: u32 = 48;

impl Axis {
    pub const ALL: [Axis; 4] = [
        Axis::ConversationHours,
        Axis::Users,
        Axis::StorageGb,
        Axis::EgressGb,
    ];

    /// Stable name (the `data-driver` of a break-even point).
    pub fn as_str(self) -> &'static str {
        match self {
            Axis::ConversationHours => "hours",
            Axis::Users => "users",
            Axis::StorageGb => "storage",
            Axis::EgressGb => "egress",
        }
    }

    pub fn parse(s: &str) -> Option<Axis> {
        Axis::ALL.into_iter().find(|a| a.as_str() == s)
    }

    pub fn value(self, s: &Scenario) -> f64 {
        match self {
            Axis::ConversationHours => s.conversation_hours,
            Axis::Users => s.users,
            Axis::StorageGb => s.storage_gb,
            Axis::EgressGb => s.egress_gb,
        }
    }

    /// The scenario moved to `x` on this axis.
    pub fn at(self, s: &Scenario, x: f64) -> Scenario {
        match self {
            Axis::ConversationHours => CurveAxis::ConversationHours.at(s, x),
            Axis::Users => CurveAxis::Users.at(s, x),
            Axis::StorageGb => Scenario {
                storage_gb: x,
                ..s.clone()
            },
            Axis::EgressGb => Scenario {
                egress_gb: x,
                ..s.clone()
            },
        }
    }

    /// The range searched: `0 ..= max(10 × the scenario's value, MIN_SPAN)`.
    pub fn span(self, s: &Scenario) -> (f64, f64) {
        (0.0, (self.value(s) * 10.0).max(MIN_SPAN))
    }

    /// The driver that matters most for a workload's plans.
    pub fn default_for(w: Workload) -> Axis {
        match w {
            Workload::S000 | Workload::S002 => Axis::ConversationHours,
            Workload::S001 => Axis::StorageGb,
            Workload::S003 | Workload::S004 | Workload::Custom => Axis::Users,
        }
    }
}

/// A straight piece of a cost curve: linear on `(x0, x1]`; `y0` is the limit just right of
/// `x0` (a step up or down sits exactly at a piece boundary).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Piece {
    pub x0: f64,
    pub x1: f64,
    pub y0: f64,
    pub y1: f64,
}

impl Piece {
    pub fn at(&self, x: f64) -> f64 {
        if self.x1 <= self.x0 {
            return self.y1;
        }
        self.y0 + (self.y1 - self.y0) * (x - self.x0) / (self.x1 - self.x0)
    }

    pub fn slope(&self) -> f64 {
        if self.x1 <= self.x0 {
            0.0
        } else {
            (self.y1 - self.y0) / (self.x1 - self.x0)
        }
    }
}

/// A plan's monthly cost (USD, midpoint) along an axis, as exact straight pieces.
#[derive(Clone, Debug, PartialEq)]
pub struct CostCurve {
    pub plan: PlanId,
    pub pieces: Vec<Piece>,
    /// At the scenario's own value an unknown price makes the total "at least".
    pub lower_bound: bool,
}

impl CostCurve {
    /// The value just right of `x` (on the piece that starts at or before `x`).
    pub fn right_of(&self, x: f64) -> f64 {
        let i = self.pieces.partition_point(|p| p.x1 <= x);
        self.pieces
            .get(i)
            .or(self.pieces.last())
            .map_or(0.0, |p| p.at(x))
    }

    /// The value at `x` (on the piece that ends at or after `x`).
    pub fn at(&self, x: f64) -> f64 {
        let i = self.pieces.partition_point(|p| p.x1 < x);
        self.pieces
            .get(i)
            .or(self.pieces.last())
            .map_or(0.0, |p| p.at(x))
    }
}

fn mid_usd(e: &Estimate) -> f64 {
    e.monthly_usd.range().mid()
}

/// Where a plan's cost can jump along the axis: the users at which one more instance is needed
/// (`⌈peak ÷ capacity⌉` grows), or at which the peak itself steps, for lines priced per peak user.
pub fn steps(plan: &Plan, s: &Scenario, axis: Axis, lo: f64, hi: f64) -> Vec<f64> {
    if axis != Axis::Users || s.users <= 0.0 || s.peak_concurrency <= 0.0 {
        return Vec::new();
    }
    // users per unit of peak: the peak is ⌈peak₀ × x ÷ users₀⌉
    let per_peak = s.users / s.peak_concurrency;
    let mut out = Vec::new();
    for l in &plan.lines {
        match l.quantity {
            Quantity::Instances { capacity, min, .. } if capacity > 0.0 => {
                // units = max(min, ⌈peak ÷ capacity⌉) goes from m to m + 1 when the peak passes
                // ⌊m × capacity⌋
                let mut m = min.max(1.0);
                loop {
                    let x = (m * capacity).floor() * per_peak;
                    if x >= hi || out.len() >= MAX_PIECES {
                        break;
                    }
                    if x > lo {
                        out.push(x);
                    }
                    m += 1.0;
                }
            }
            Quantity::PerDriver {
                driver: Driver::PeakConcurrency,
                ..
            } => {
                let mut p = 1.0;
                loop {
                    let x = p * per_peak;
                    if x >= hi || out.len() >= MAX_PIECES {
                        break;
                    }
                    if x > lo {
                        out.push(x);
                    }
                    p += 1.0;
                }
            }
            _ => {}
        }
    }
    out.sort_by(f64::total_cmp);
    out.dedup();
    out
}

/// The plan's cost curve on `[lo, hi]`: split at its steps, and inside each stretch wherever
/// the cost is not a straight line (a free quota running out).
pub fn cost_curve(
    plan: &Plan,
    s: &Scenario,
    catalog: &Catalog,
    axis: Axis,
    (lo, hi): (f64, f64),
) -> CostCurve {
    let f = |x: f64| mid_usd(&estimate(plan, &axis.at(s, x), catalog));
    let mut cuts = vec![lo];
    cuts.extend(steps(plan, s, axis, lo, hi));
    cuts.push(hi);
    let mut pieces = Vec::new();
    for w in cuts.windows(2) {
        let mut stretch = Vec::new();
        fit(&f, w[0], w[1], MAX_DEPTH, &mut stretch);
        pieces.extend(tidy(stretch));
    }
    CostCurve {
        plan: plan.id.clone(),
        pieces,
        lower_bound: estimate(plan, s, catalog).is_lower_bound(),
    }
}

/// Cost differences below this are rounding (e.g. a fraction of a request), not a kink.
fn tolerance(y: f64) -> f64 {
    1e-5 + 1e-7 * y.abs()
}

/// Fits `f` on `(a, b]` with straight pieces. The line through points just inside both ends
/// is checked at 30 %, 50 % and 70 %; where it misses, the stretch is halved.
fn fit(f: &dyn Fn(f64) -> f64, a: f64, b: f64, depth: u32, out: &mut Vec<Piece>) {
    let w = b - a;
    if w <= 0.0 {
        return;
    }
    let e = w * 1e-7;
    let (xa, xb) = (a + e, b - e);
    let (ya, yb) = (f(xa), f(xb));
    let slope = (yb - ya) / (xb - xa);
    let line = |x: f64| ya + slope * (x - xa);
    let tol = tolerance(ya.abs().max(yb.abs()));
    let straight = [0.3, 0.5, 0.7].iter().all(|t| {
        let x = a + t * w;
        (f(x) - line(x)).abs() <= tol
    });
    if straight || depth == 0 || out.len() >= MAX_PIECES || w < 1e-9 * (1.0 + b.abs()) {
        out.push(Piece {
            x0: a,
            x1: b,
            y0: line(a),
            y1: line(b),
        });
        return;
    }
    let m = a + w / 2.0;
    fit(f, a, m, depth - 1, out);
    fit(f, m, b, depth - 1, out);
}

/// Merges neighbouring pieces that lie on one line, then replaces the short pieces the
/// search leaves around a kink with the exact corner: where the lines on either side meet.
fn tidy(pieces: Vec<Piece>) -> Vec<Piece> {
    let line_at = |p: &Piece, x: f64| p.y0 + p.slope() * (x - p.x0);
    let mut merged: Vec<Piece> = Vec::with_capacity(pieces.len());
    for p in pieces {
        if let Some(q) = merged.last_mut() {
            let (sq, sp) = (q.slope(), p.slope());
            let same_slope = (sq - sp).abs() <= 1e-9 * (1.0 + sq.abs().max(sp.abs()));
            let joined = (line_at(q, p.x0) - p.y0).abs() <= tolerance(p.y0);
            if same_slope && joined {
                q.y1 = line_at(q, p.x1);
                q.x1 = p.x1;
                continue;
            }
        }
        merged.push(p);
    }
    let mut out: Vec<Piece> = Vec::with_capacity(merged.len());
    let mut i = 0;
    while i < merged.len() {
        let left = merged[i];
        // a run of up to 3 short pieces, then a piece whose line meets `left`'s inside the run
        let mut spliced = false;
        for j in (i + 2)..merged.len().min(i + 5) {
            let right = merged[j];
            let (m1, m2) = (left.slope(), right.slope());
            if (m1 - m2).abs() <= 1e-12 {
                break;
            }
            // left.y1 + m1 (x − left.x1) = right.y0 + m2 (x − right.x0)
            let x = (right.y0 - m2 * right.x0 - left.y1 + m1 * left.x1) / (m1 - m2);
            let (r0, r1) = (merged[i + 1].x0, merged[j - 1].x1);
            let run_short = r1 - r0 <= 1e-3 * (1.0 + r1.abs());
            if !(run_short && x >= r0 && x <= r1) {
                continue;
            }
            let corner = left.y1 + m1 * (x - left.x1);
            out.push(Piece {
                x1: x,
                y1: corner,
                ..left
            });
            merged[j] = Piece {
                x0: x,
                y0: corner,
                ..right
            };
            i = j;
            spliced = true;
            break;
        }
        if !spliced {
            out.push(left);
            i += 1;
        }
    }
    out
}

/// How the cost order changes at a break-even point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrossKind {
    /// The two costs are equal at `x` and cross there.
    Linear,
    /// One cost jumps at `x` (one more instance) past the other.
    Step,
}

/// A driver value at which the cheaper of two plans changes.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakEven {
    pub x: f64,
    pub kind: CrossKind,
    /// The plan that is cheaper just above `x`.
    pub cheaper_above: PlanId,
    /// Each plan's monthly cost just above `x` (USD, midpoint).
    pub a_usd: f64,
    pub b_usd: f64,
}

/// Every point where the cheaper of `a` and `b` changes, in increasing `x`. Ties (equal costs
/// over a stretch) are not a change.
pub fn break_even(a: &CostCurve, b: &CostCurve) -> Vec<BreakEven> {
    let mut xs: Vec<f64> = a
        .pieces
        .iter()
        .chain(&b.pieces)
        .flat_map(|p| [p.x0, p.x1])
        .collect();
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    let mut out = Vec::new();
    let mut last_sign = 0.0_f64;
    // where the difference became zero, if it still is
    let mut zero_from: Option<f64> = None;
    let mut prev_end: Option<f64> = None;
    let sign = |ya: f64, yb: f64| {
        let d = ya - yb;
        if d.abs() <= tolerance(ya.abs().max(yb.abs())) {
            0.0
        } else {
            d.signum()
        }
    };
    let cheaper = |s: f64| {
        if s < 0.0 {
            a.plan.clone()
        } else {
            b.plan.clone()
        }
    };
    for w in xs.windows(2) {
        let (u0, u1) = (w[0], w[1]);
        if u1 <= u0 {
            continue;
        }
        let (a0, b0) = (a.right_of(u0), b.right_of(u0));
        let (a1, b1) = (a.at(u1), b.at(u1));
        let (s0, s1) = (sign(a0, b0), sign(a1, b1));
        let jumped = prev_end.is_some_and(|d: f64| (d - (a0 - b0)).abs() > tolerance(a0.max(b0)));
        // the start of the stretch
        if s0 == 0.0 {
            zero_from.get_or_insert(u0);
        } else {
            if last_sign != 0.0 && s0 != last_sign {
                let kind = if zero_from.is_none() && jumped {
                    CrossKind::Step
                } else {
                    CrossKind::Linear
                };
                let x = zero_from.unwrap_or(u0);
                out.push(BreakEven {
                    x,
                    kind,
                    cheaper_above: cheaper(s0),
                    a_usd: a.right_of(x),
                    b_usd: b.right_of(x),
                });
            }
            last_sign = s0;
            zero_from = None;
        }
        // inside the stretch
        if s0 != 0.0 && s1 != 0.0 && s0 != s1 {
            let (d0, d1) = (a0 - b0, a1 - b1);
            let x = u0 + (u1 - u0) * d0 / (d0 - d1);
            let cost = a0 + (a1 - a0) * (x - u0) / (u1 - u0);
            out.push(BreakEven {
                x,
                kind: CrossKind::Linear,
                cheaper_above: cheaper(s1),
                a_usd: cost,
                b_usd: cost,
            });
            last_sign = s1;
        }
        // the end of the stretch
        if s1 == 0.0 {
            zero_from.get_or_insert(u1);
        } else if last_sign != 0.0 && s1 != last_sign {
            let x = zero_from.unwrap_or(u1);
            out.push(BreakEven {
                x,
                kind: CrossKind::Linear,
                cheaper_above: cheaper(s1),
                a_usd: a.at(x),
                b_usd: b.at(x),
            });
            last_sign = s1;
            zero_from = None;
        } else {
            last_sign = s1;
            zero_from = None;
        }
        prev_end = Some(a1 - b1);
    }
    out
}

/// Break-even points of two plans along `axis`, over [`Axis::span`].
pub fn break_even_plans(
    a: &Plan,
    b: &Plan,
    s: &Scenario,
    catalog: &Catalog,
    axis: Axis,
) -> Vec<BreakEven> {
    let span = axis.span(s);
    break_even(
        &cost_curve(a, s, catalog, axis, span),
        &cost_curve(b, s, catalog, axis, span),
    )
}

/// Committed purchase options and the length of their commitment, months.
pub const COMMITMENTS: [(PurchaseOption, f64); 3] = [
    (PurchaseOption::SavingsPlan1y, 12.0),
    (PurchaseOption::Reserved1y, 12.0),
    (PurchaseOption::Reserved3y, 36.0),
];

/// On demand vs a commitment, for the lines the commitment covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Commitment {
    pub option: PurchaseOption,
    pub term_months: f64,
    /// The covered lines per month on demand (USD, midpoint).
    pub on_demand_usd: f64,
    /// The covered lines per month under the commitment (USD, midpoint).
    pub committed_usd: f64,
}

impl Commitment {
    /// Months of actual use after which the commitment (paid for the whole term) costs less
    /// than paying on demand for only those months: `term × committed ÷ on demand`.
    pub fn months_to_break_even(&self) -> Option<f64> {
        (self.on_demand_usd > 0.0)
            .then(|| self.term_months * self.committed_usd / self.on_demand_usd)
    }

    pub fn saving_usd(&self) -> f64 {
        self.on_demand_usd - self.committed_usd
    }
}

fn line_usd(e: &Estimate, index: usize, fx: Fx) -> Option<f64> {
    e.lines
        .iter()
        .find(|l| l.index == index)
        .and_then(|l| l.subtotal)
        .map(|m| m.to(Currency::Usd, fx).range().mid())
}

/// Each commitment that covers some of the plan's lines (with a price of its own or a
/// generic discount).
pub fn commitments(plan: &Plan, s: &Scenario, catalog: &Catalog) -> Vec<Commitment> {
    let fx = Fx::new(s.fx_rate);
    let base = Scenario {
        purchase_option: PurchaseOption::OnDemand,
        ..s.clone()
    };
    let on_demand = estimate(plan, &base, catalog);
    COMMITMENTS
        .into_iter()
        .filter_map(|(option, term_months)| {
            let committed = estimate(
                plan,
                &Scenario {
                    purchase_option: option,
                    ..s.clone()
                },
                catalog,
            );
            let covered: Vec<usize> = committed
                .lines
                .iter()
                .filter(|l| {
                    l.adjustments
                        .iter()
                        .any(|a| matches!(a, Adjustment::Purchase { .. }))
                })
                .map(|l| l.index)
                .collect();
            let sum =
                |e: &Estimate| -> Option<f64> { covered.iter().map(|&i| line_usd(e, i, fx)).sum() };
            let (od, c) = (sum(&on_demand)?, sum(&committed)?);
            (!covered.is_empty() && od > 0.0).then_some(Commitment {
                option,
                term_months,
                on_demand_usd: od,
                committed_usd: c,
            })
        })
        .collect()
}

/// A GPU used `h` hours a day on demand vs kept on all day under a commitment.
#[derive(Clone, Debug, PartialEq)]
pub struct GpuHoursBreakEven {
    pub price: PriceId,
    pub option: PurchaseOption,
    pub currency: Currency,
    /// Unit price per hour on demand (midpoint, record's currency).
    pub on_demand_hourly: f64,
    /// Effective unit price per hour under the commitment.
    pub committed_hourly: f64,
    /// Above this many hours a day the commitment is cheaper: `24 × committed ÷ on demand`.
    pub hours_per_day: f64,
}

/// For each GPU record of the plan priced by the hour and each commitment that prices it.
pub fn gpu_hours_break_even(
    plan: &Plan,
    s: &Scenario,
    catalog: &Catalog,
) -> Vec<GpuHoursBreakEven> {
    let mut out: Vec<GpuHoursBreakEven> = Vec::new();
    for l in &plan.lines {
        let Some(rec) = catalog.price(&l.price) else {
            continue;
        };
        let hourly = matches!(rec.unit, Unit::Hour | Unit::GpuHour);
        if rec.category != Category::Gpu || !hourly || out.iter().any(|g| g.price == rec.id) {
            continue;
        }
        let at = |option| {
            effective_unit_price(
                rec,
                &Scenario {
                    purchase_option: option,
                    spot_share: 0.0,
                    ..s.clone()
                },
            )
        };
        let Some(od) = at(PurchaseOption::OnDemand).0.map(|r| r.mid()) else {
            continue;
        };
        for (option, _) in COMMITMENTS {
            let (price, adj) = at(option);
            let priced = adj.iter().any(|a| matches!(a, Adjustment::Purchase { .. }));
            if let (true, Some(p)) = (priced && od > 0.0, price) {
                out.push(GpuHoursBreakEven {
                    price: rec.id.clone(),
                    option,
                    currency: rec.currency,
                    on_demand_hourly: od,
                    committed_hourly: p.mid(),
                    hours_per_day: 24.0 * p.mid() / od,
                });
            }
        }
    }
    out
}

/// GPU hours a day in seed 003's on-demand lever (§9.2 "g4dn.xlarge (T4) × 8小时/天").
pub const ON_DEMAND_GPU_HOURS: f64 = 8.0;

/// A cost lever from seed 003 §9.5.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LeverKind {
    /// Run the GPU boxes only this many hours a day ("按需 GPU").
    GpuHours(f64),
    /// Buy this percentage of GPU hours as spot ("Spot 实例").
    Spot(f64),
    /// A commitment ("Savings Plans", "Reserved Instances").
    Purchase(PurchaseOption),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lever {
    pub kind: LeverKind,
    pub before_usd: f64,
    pub after_usd: f64,
}

impl Lever {
    pub fn saving_usd(&self) -> f64 {
        self.before_usd - self.after_usd
    }

    pub fn saving_share(&self) -> f64 {
        if self.before_usd > 0.0 {
            self.saving_usd() / self.before_usd
        } else {
            0.0
        }
    }
}

/// The levers that lower this plan's monthly cost under the scenario, each on its own.
pub fn levers(plan: &Plan, s: &Scenario, catalog: &Catalog) -> Vec<Lever> {
    let before = mid_usd(&estimate(plan, s, catalog));
    let has_gpu_hours = plan
        .lines
        .iter()
        .any(|l| matches!(l.quantity, Quantity::GpuHours { .. }));
    let mut tries: Vec<(LeverKind, Scenario)> = Vec::new();
    if has_gpu_hours && s.gpu_hours_per_day > ON_DEMAND_GPU_HOURS {
        tries.push((
            LeverKind::GpuHours(ON_DEMAND_GPU_HOURS),
            Scenario {
                gpu_hours_per_day: ON_DEMAND_GPU_HOURS,
                ..s.clone()
            },
        ));
    }
    if s.spot_share < 100.0 {
        tries.push((
            LeverKind::Spot(100.0),
            Scenario {
                spot_share: 100.0,
                ..s.clone()
            },
        ));
    }
    for (option, _) in COMMITMENTS {
        if option != s.purchase_option {
            tries.push((
                LeverKind::Purchase(option),
                Scenario {
                    purchase_option: option,
                    ..s.clone()
                },
            ));
        }
    }
    tries
        .into_iter()
        .map(|(kind, sc)| Lever {
            kind,
            before_usd: before,
            after_usd: mid_usd(&estimate(plan, &sc, catalog)),
        })
        .filter(|l| l.saving_usd() > 0.005)
        .collect()
}

/// Inputs of the growth timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct GrowthInput {
    pub start_users: f64,
    /// Monthly growth of the users, percent.
    pub growth_pct: f64,
    pub months: usize,
    /// Only plans whose whole latency range is within the scenario's target.
    pub require_latency: bool,
    /// Only plans with at least this privacy rating (1–5).
    pub min_privacy: Option<u8>,
}

impl GrowthInput {
    pub const MAX_MONTHS: usize = 120;
    pub const DEFAULT_MONTHS: usize = 24;

    /// Defaults per workload: a start small enough for the seed's first stage and a growth that
    /// reaches its later stages within two years.
    pub fn preset(w: Workload) -> GrowthInput {
        let (start_users, growth_pct) = match w {
            Workload::S000 | Workload::Custom => (10.0, 30.0),
            Workload::S001 => (10.0, 20.0),
            Workload::S002 => (20.0, 30.0),
            Workload::S003 => (50.0, 50.0),
            Workload::S004 => (500.0, 20.0),
        };
        GrowthInput {
            start_users,
            growth_pct,
            months: GrowthInput::DEFAULT_MONTHS,
            require_latency: true,
            min_privacy: None,
        }
    }

    /// Users in month `m` (1-based): `round(start × (1 + growth)^(m − 1))`.
    pub fn users_in(&self, m: usize) -> f64 {
        let k = 1.0 + self.growth_pct / 100.0;
        (self.start_users * k.powi(m.saturating_sub(1) as i32)).round()
    }
}

/// Which constraints a plan meets in a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fit {
    pub capacity: bool,
    pub latency: bool,
    pub privacy: bool,
}

impl Fit {
    pub fn ok(&self) -> bool {
        self.capacity && self.latency && self.privacy
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanMonth {
    pub usd: f64,
    pub lower_bound: bool,
    pub fit: Fit,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Month {
    /// 1-based.
    pub month: usize,
    pub users: f64,
    pub peak: f64,
    /// One per plan, in the timeline's plan order.
    pub plans: Vec<PlanMonth>,
    /// The cheapest plan that fits this month.
    pub cheapest: Option<usize>,
    /// The plan on the recommended path (`None`: nothing fits).
    pub chosen: Option<usize>,
    /// The path moves to a new plan this month.
    pub migrated: bool,
    /// Sum of the path's monthly costs up to and including this month.
    pub cumulative_usd: f64,
}

/// Staying on one plan for the whole horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct Stay {
    pub total_usd: f64,
    /// The first month in which the plan does not fit.
    pub first_unfit: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub plans: Vec<PlanId>,
    pub months: Vec<Month>,
    pub stay: Vec<Stay>,
    /// (month, plan index) where the path enters a plan, in order.
    pub path: Vec<(usize, usize)>,
    pub path_total_usd: f64,
}

impl Timeline {
    /// The plans of the path, in order.
    pub fn path_plans(&self) -> Vec<&PlanId> {
        self.path.iter().map(|&(_, i)| &self.plans[i]).collect()
    }
}

/// Month by month: the users, every plan's cost and fit, and the recommended path. The path
/// starts on the cheapest plan that fits and moves to the cheapest fitting plan when that is
/// cheaper than the current one or the current one stops fitting; it never returns to a plan it
/// left (a migration is work; the seeds' paths go one way). Moving costs nothing here.
pub fn growth(s: &Scenario, catalog: &Catalog, plans: &[&Plan], input: &GrowthInput) -> Timeline {
    let n = input.months.clamp(1, GrowthInput::MAX_MONTHS);
    let mut months = Vec::with_capacity(n);
    let mut left = vec![false; plans.len()];
    let mut current: Option<usize> = None;
    let mut path = Vec::new();
    let mut cumulative = 0.0;
    let mut stay: Vec<Stay> = plans
        .iter()
        .map(|_| Stay {
            total_usd: 0.0,
            first_unfit: None,
        })
        .collect();
    for m in 1..=n {
        let users = input.users_in(m);
        let sm = Axis::Users.at(s, users);
        let row: Vec<PlanMonth> = plans
            .iter()
            .map(|p| {
                let e = estimate(p, &sm, catalog);
                let capacity = e
                    .capacity
                    .as_ref()
                    .is_none_or(|c| c.status == CapacityStatus::Ok);
                let latency = !input.require_latency
                    || e.latency.as_ref().is_none_or(|l| l.meets == Meets::Yes);
                let privacy = input
                    .min_privacy
                    .is_none_or(|min| p.privacy.as_ref().is_some_and(|pv| pv.rating >= min));
                PlanMonth {
                    usd: mid_usd(&e),
                    lower_bound: e.is_lower_bound(),
                    fit: Fit {
                        capacity,
                        latency,
                        privacy,
                    },
                }
            })
            .collect();
        let cheapest_of = |allowed: &dyn Fn(usize) -> bool| {
            (0..row.len())
                .filter(|&i| row[i].fit.ok() && allowed(i))
                .min_by(|&i, &j| row[i].usd.total_cmp(&row[j].usd).then(i.cmp(&j)))
        };
        let cheapest = cheapest_of(&|_| true);
        let fresh = cheapest_of(&|i| !left[i]).or(cheapest);
        let next = match current {
            Some(c) if row[c].fit.ok() => match fresh {
                Some(f) if row[f].usd < row[c].usd => Some(f),
                _ => Some(c),
            },
            _ => fresh,
        };
        let migrated = next.is_some() && next != current && current.is_some();
        if let (Some(old), true) = (current, migrated) {
            left[old] = true;
        }
        if next.is_some() && next != current {
            path.push((m, next.unwrap_or_default()));
        }
        current = next.or(current);
        if let Some(c) = next {
            cumulative += row[c].usd;
        }
        for (i, st) in stay.iter_mut().enumerate() {
            st.total_usd += row[i].usd;
            if !row[i].fit.ok() && st.first_unfit.is_none() {
                st.first_unfit = Some(m);
            }
        }
        months.push(Month {
            month: m,
            users,
            peak: sm.peak_concurrency,
            plans: row,
            cheapest,
            chosen: next,
            migrated,
            cumulative_usd: cumulative,
        });
    }
    Timeline {
        plans: plans.iter().map(|p| p.id.clone()).collect(),
        months,
        stay,
        path,
        path_total_usd: cumulative,
    }
}

/// Why a plan of the seed's path is not on the computed one.
#[derive(Clone, Debug, PartialEq)]
pub enum PathGap {
    /// It fits in no month; counts of months failing each constraint.
    NeverFits {
        capacity: usize,
        latency: usize,
        privacy: usize,
    },
    /// It fits in some months but another fitting plan is always cheaper.
    NeverCheapest { fit_months: usize },
    /// It is the cheapest in some months, but the path had already moved past it.
    Passed { cheapest_months: usize },
    /// The timeline does not include the plan.
    NotCompared,
}

/// The seed's migration path set against the computed one.
#[derive(Clone, Debug, PartialEq)]
pub struct PathCheck {
    pub seed: Vec<PlanId>,
    pub computed: Vec<PlanId>,
    pub matches: bool,
    pub missing: Vec<(PlanId, PathGap)>,
}

pub fn check_path(seed: &[PlanId], t: &Timeline) -> PathCheck {
    let computed: Vec<PlanId> = t.path_plans().into_iter().cloned().collect();
    let missing = seed
        .iter()
        .filter(|p| !computed.contains(p))
        .map(|p| {
            let gap = match t.plans.iter().position(|x| x == p) {
                None => PathGap::NotCompared,
                Some(i) => {
                    let fit_months = t.months.iter().filter(|m| m.plans[i].fit.ok()).count();
                    let cheapest_months = t.months.iter().filter(|m| m.cheapest == Some(i)).count();
                    let count = |f: fn(&Fit) -> bool| {
                        t.months.iter().filter(|m| !f(&m.plans[i].fit)).count()
                    };
                    if fit_months == 0 {
                        PathGap::NeverFits {
                            capacity: count(|f| f.capacity),
                            latency: count(|f| f.latency),
                            privacy: count(|f| f.privacy),
                        }
                    } else if cheapest_months == 0 {
                        PathGap::NeverCheapest { fit_months }
                    } else {
                        PathGap::Passed { cheapest_months }
                    }
                }
            };
            (p.clone(), gap)
        })
        .collect();
    PathCheck {
        seed: seed.to_vec(),
        matches: seed == computed.as_slice(),
        computed,
        missing,
    }
}
