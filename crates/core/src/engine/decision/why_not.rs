//! "Why not the others": every other outcome's figures and the answer that ruled it out.

use super::{mid_usd, Walk};
use crate::engine::estimate::{estimate, CapacityStatus, Meets};
use crate::model::catalog::Catalog;
use crate::model::money::Range;
use crate::model::scenario::Scenario;
use crate::model::vocab::{NodeId, OptionId, PlanId};

/// A plan's figures under the scenario, for "why not the others".
#[derive(Clone, Debug, PartialEq)]
pub struct PlanFacts {
    pub plan: PlanId,
    /// Monthly total, midpoint of the low–high range, USD.
    pub usd: f64,
    /// An unknown price makes the total "at least".
    pub lower_bound: bool,
    pub latency_ms: Option<Range<f64>>,
    pub meets: Option<Meets>,
    pub serves_peak: bool,
    pub privacy: Option<u8>,
}

impl PlanFacts {
    pub fn of(plan_id: &PlanId, s: &Scenario, catalog: &Catalog) -> Option<PlanFacts> {
        let plan = catalog.plan(plan_id.as_str())?;
        let e = estimate(plan, s, catalog);
        Some(PlanFacts {
            plan: plan_id.clone(),
            usd: mid_usd(&e),
            lower_bound: e.is_lower_bound(),
            latency_ms: e.latency.as_ref().map(|l| l.total_ms),
            meets: e.latency.as_ref().map(|l| l.meets),
            serves_peak: e
                .capacity
                .as_ref()
                .is_none_or(|c| c.status == CapacityStatus::Ok),
            privacy: plan.privacy.as_ref().map(|p| p.rating),
        })
    }
}

/// Where the path left another outcome behind: at `node`, the answer `chosen` was taken where
/// `instead` would have led towards it.
#[derive(Clone, Debug, PartialEq)]
pub struct Exclusion {
    pub node: NodeId,
    pub chosen: OptionId,
    pub instead: OptionId,
}

/// Another outcome of the tree, set against the recommendation.
#[derive(Clone, Debug, PartialEq)]
pub struct WhyNot {
    pub facts: PlanFacts,
    /// This plan's monthly cost ÷ the recommended plan's; `None` when the recommended costs 0.
    pub cost_ratio: Option<f64>,
    pub excluded_at: Option<Exclusion>,
}

/// The recommended plan's figures and, for every other outcome of the tree, its figures and
/// the answer that ruled it out. `None` until the walk reaches an outcome.
pub fn why_not(walk: &Walk, s: &Scenario, catalog: &Catalog) -> Option<(PlanFacts, Vec<WhyNot>)> {
    let chosen = walk.outcome?;
    let mine = PlanFacts::of(&chosen.plan, s, catalog)?;
    let others = walk
        .tree
        .outcome_plans()
        .into_iter()
        .filter(|p| **p != chosen.plan)
        .filter_map(|p| {
            let facts = PlanFacts::of(p, s, catalog)?;
            let cost_ratio = (mine.usd > 0.0).then(|| facts.usd / mine.usd);
            Some(WhyNot {
                excluded_at: exclusion(walk, p),
                facts,
                cost_ratio,
            })
        })
        .collect();
    Some((mine, others))
}

fn exclusion(walk: &Walk, plan: &PlanId) -> Option<Exclusion> {
    for step in &walk.steps {
        let chosen = step.choice?;
        if walk.tree.reachable(chosen).contains(plan) {
            continue;
        }
        let instead = step
            .node
            .options
            .iter()
            .find(|o| o.id != chosen.id && walk.tree.reachable(o).contains(plan))?;
        return Some(Exclusion {
            node: step.node.id.clone(),
            chosen: chosen.id.clone(),
            instead: instead.id.clone(),
        });
    }
    None
}
