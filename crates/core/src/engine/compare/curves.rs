//! The comparison's cost curves: every shown plan's monthly cost along users (or conversation
//! hours), from a tenth to ten times the scenario's value, and where the curves cross. The
//! curves are the exact straight pieces of `engine::analysis` (as on the decide page), read at
//! log-spaced sample points for the data table, drawn from their pieces for the chart, and
//! crossed exactly with `analysis::break_even`.

use super::PlanRow;
use crate::engine::analysis::{break_even, cost_curve, Axis, CostCurve};
use crate::model::catalog::plan::Plan;
use crate::model::catalog::Catalog;
use crate::model::money::{Currency, Fx};
use crate::model::scenario::Scenario;
use std::collections::BTreeSet;

/// Sample points of the curves' data table.
pub const CURVE_SAMPLES: usize = 24;

/// Chords a decade of a sloped piece is drawn with on the chart's log x axis (a straight
/// piece `a + b·x` bends there); a flat piece needs only its two ends.
pub const CHORDS_PER_DECADE: usize = 8;

/// The sample points along `axis`: from a tenth to ten times the scenario's value (the value
/// taken as at least 1, the lowest point at least 1), evenly spaced on a log scale.
pub fn curve_samples(s: &Scenario, axis: Axis, n: usize) -> Vec<f64> {
    let base = axis.value(s).max(1.0);
    let (lo, hi) = ((base / 10.0).max(1.0), base * 10.0);
    let n = n.max(2);
    (0..n)
        .map(|i| {
            let t = i as f64 / (n - 1) as f64;
            (lo.ln() + t * (hi.ln() - lo.ln())).exp()
        })
        .collect()
}

/// Where two shown plans' curves cross.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveMark {
    /// Indexes into [`CurveView::plans`], `a < b`.
    pub a: usize,
    pub b: usize,
    pub x: f64,
    /// Plan `a`'s monthly cost just above `x` (midpoint, in the view's currency).
    pub cost: f64,
}

/// What the cost-curve chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveView {
    /// The plans shown, in the comparison's row order, hidden plans left out.
    pub plans: Vec<&'static Plan>,
    /// For each plan: `(x, monthly cost)` at every sample point (midpoint, in the currency):
    /// the data table's rows.
    pub points: Vec<Vec<(f64, f64)>>,
    /// For each plan: the points its line is drawn through on a log x axis ([`drawn`]): the
    /// pieces' ends (a step is two points at one x) and, on a sloped piece, chords between.
    pub lines: Vec<Vec<(f64, f64)>>,
    /// Every crossing between two shown plans, pair by pair (`a` then `b`), increasing `x`.
    pub marks: Vec<CurveMark>,
}

/// The cost curves of the rows not hidden, along `axis` (users or conversation hours), in
/// `currency`, read at [`CURVE_SAMPLES`] points, and their crossings.
pub fn curve_view(
    rows: &[PlanRow],
    hidden: &BTreeSet<crate::model::vocab::PlanId>,
    s: &Scenario,
    catalog: &Catalog,
    axis: Axis,
    currency: Currency,
) -> CurveView {
    let xs = curve_samples(s, axis, CURVE_SAMPLES);
    let span = (xs[0], xs[xs.len() - 1]);
    let plans: Vec<&'static Plan> = rows
        .iter()
        .map(|r| r.plan)
        .filter(|p| !hidden.contains(p.id.as_str()))
        .collect();
    let curves: Vec<CostCurve> = plans
        .iter()
        .map(|p| cost_curve(p, s, catalog, axis, span))
        .collect();
    // the curves are in USD; another currency is one constant factor
    let fx = Fx::new(s.fx_rate);
    let money = |usd: f64| fx.convert(usd, Currency::Usd, currency);
    let points = curves
        .iter()
        .map(|c| xs.iter().map(|&x| (x, money(c.at(x)))).collect())
        .collect();
    let lines = curves
        .iter()
        .map(|c| {
            drawn(c, CHORDS_PER_DECADE)
                .into_iter()
                .map(|(x, y)| (x, money(y)))
                .collect()
        })
        .collect();
    let mut marks = Vec::new();
    for a in 0..curves.len() {
        for b in (a + 1)..curves.len() {
            marks.extend(
                break_even(&curves[a], &curves[b])
                    .into_iter()
                    .map(|p| CurveMark {
                        a,
                        b,
                        x: p.x,
                        cost: money(p.a_usd),
                    }),
            );
        }
    }
    CurveView {
        plans,
        points,
        lines,
        marks,
    }
}

/// The points a curve's line goes through on a log x axis: every piece's two ends (a point
/// equal to the one before is left out, so a flat stretch of one piece is two points and a
/// step two points at one x) and, on a sloped piece, `per_decade` chords a decade, log-spaced
/// (at least one). In the curve's own money (USD).
pub fn drawn(c: &CostCurve, per_decade: usize) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    let mut push = |p: (f64, f64)| {
        if out.last() != Some(&p) {
            out.push(p);
        }
    };
    for piece in &c.pieces {
        push((piece.x0, piece.y0));
        if piece.y1 != piece.y0 && piece.x0 > 0.0 && piece.x1 > piece.x0 {
            let decades = (piece.x1 / piece.x0).log10();
            let chords = ((decades * per_decade as f64).ceil() as usize).max(1);
            for i in 1..chords {
                let x = piece.x0 * (piece.x1 / piece.x0).powf(i as f64 / chords as f64);
                push((x, piece.at(x)));
            }
        }
        push((piece.x1, piece.y1));
    }
    out
}
