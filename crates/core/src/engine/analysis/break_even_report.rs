//! The decide page's break-even report: the tree's plans along a driver, one anchor plan set
//! against each of the others. The anchor is the tree's recommendation, or, until there is one,
//! the plan cheapest at the scenario's value (the first of equals, in catalog order).

use super::{break_even, cost_curve, Axis, BreakEven, CostCurve};
use crate::engine::decision::{walk, DecisionTree};
use crate::model::catalog::plan::Plan;
use crate::model::catalog::Catalog;
use crate::model::scenario::Scenario;
use crate::model::vocab::{NodeId, OptionId};
use std::collections::BTreeMap;

/// The anchor against one other plan.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakEvenRow {
    /// Index of the anchor in [`BreakEvenReport::plans`].
    pub a: usize,
    /// Index of the other plan.
    pub b: usize,
    /// Where the cheaper of the two changes, in increasing driver value.
    pub points: Vec<BreakEven>,
}

/// A break-even point marked on the chart: on the anchor's curve, at `x`, costing `usd`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreakEvenMark {
    pub curve: usize,
    pub x: f64,
    pub usd: f64,
}

/// Everything the break-even panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakEvenReport<'c> {
    pub axis: Axis,
    /// The scenario's value on the axis.
    pub value: f64,
    /// The range searched ([`Axis::span`]).
    pub span: (f64, f64),
    /// The tree's outcome plans, in catalog order.
    pub plans: Vec<&'c Plan>,
    /// One cost curve per plan, same order.
    pub curves: Vec<CostCurve>,
    /// Index of the anchor plan.
    pub anchor: usize,
    /// The anchor is the tree's recommendation (else the cheapest at the scenario).
    pub recommended: bool,
    /// The anchor against every other plan, in plan order.
    pub rows: Vec<BreakEvenRow>,
}

impl BreakEvenReport<'_> {
    /// Plan `i`'s monthly cost at the scenario's value (USD, midpoint).
    pub fn now_usd(&self, i: usize) -> f64 {
        self.curves[i].at(self.value)
    }

    /// The plan of a row that is cheaper at the scenario's value (the anchor on a tie).
    pub fn cheaper_now(&self, row: &BreakEvenRow) -> usize {
        if self.now_usd(row.a) <= self.now_usd(row.b) {
            row.a
        } else {
            row.b
        }
    }

    /// (cheaper, other) just above a point of `row`, as plan indices.
    pub fn above(&self, row: &BreakEvenRow, p: &BreakEven) -> (usize, usize) {
        if p.cheaper_above == self.plans[row.a].id {
            (row.a, row.b)
        } else {
            (row.b, row.a)
        }
    }

    /// Every break-even point, on the anchor's curve, row by row.
    pub fn marks(&self) -> Vec<BreakEvenMark> {
        self.rows
            .iter()
            .flat_map(|r| {
                r.points.iter().map(move |p| BreakEvenMark {
                    curve: r.a,
                    x: p.x,
                    usd: p.a_usd,
                })
            })
            .collect()
    }
}

/// The break-even report of `tree` along `axis` for the scenario and the visitor's answers;
/// `None` when the tree has no plan in the catalog.
pub fn break_even_report<'c>(
    tree: &DecisionTree,
    s: &Scenario,
    answers: &BTreeMap<NodeId, OptionId>,
    axis: Axis,
    catalog: &'c Catalog,
) -> Option<BreakEvenReport<'c>> {
    let plans = tree.plans_in(catalog);
    let span = axis.span(s);
    let curves: Vec<CostCurve> = plans
        .iter()
        .map(|p| cost_curve(p, s, catalog, axis, span))
        .collect();
    let value = axis.value(s);
    let recommended = walk(tree, s, catalog, answers)
        .outcome
        .and_then(|o| plans.iter().position(|p| p.id == o.plan));
    // without a recommendation yet, the cheapest plan at the scenario's value
    let cheapest =
        (0..plans.len()).min_by(|&i, &j| curves[i].at(value).total_cmp(&curves[j].at(value)));
    let anchor = recommended.or(cheapest)?;
    let rows = (0..plans.len())
        .filter(|&b| b != anchor)
        .map(|b| BreakEvenRow {
            a: anchor,
            b,
            points: break_even(&curves[anchor], &curves[b]),
        })
        .collect();
    Some(BreakEvenReport {
        axis,
        value,
        span,
        plans,
        curves,
        anchor,
        recommended: recommended.is_some(),
        rows,
    })
}
