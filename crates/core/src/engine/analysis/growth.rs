//! The growth timeline: users month by month, every plan's cost and fit, and the path.

use super::{mid_usd, Axis};
use crate::engine::estimate::{estimate, CapacityStatus, Meets};
use crate::model::catalog::plan::Plan;
use crate::model::catalog::Catalog;
use crate::model::scenario::Scenario;
use crate::model::vocab::{PlanId, Workload};

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
    /// The privacy rating "private data" asks for (`min_privacy`): 4/5, no third-party APIs.
    pub const PRIVATE_DATA: u8 = 4;

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

impl Month {
    /// A fitting plan cheaper this month than the one on the path (which the path does not
    /// take: it never moves back to a plan it left).
    pub fn cheaper_elsewhere(&self) -> Option<usize> {
        match (self.cheapest, self.chosen) {
            (Some(c), Some(ch)) if c != ch => Some(c),
            _ => None,
        }
    }
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

    /// The path as (month it enters, plan), in order.
    pub fn path_steps(&self) -> Vec<(usize, &PlanId)> {
        self.path
            .iter()
            .map(|&(m, i)| (m, &self.plans[i]))
            .collect()
    }

    /// The plan on the path in month `m` (its index in [`Timeline::months`]), if one fits.
    pub fn chosen_plan(&self, m: &Month) -> Option<&PlanId> {
        m.chosen.map(|i| &self.plans[i])
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
            .map(|p| plan_month(p, &sm, catalog, input))
            .collect();
        let cheapest = cheapest_of(&row, |_| true);
        let next = next_on_path(&row, current, &left, cheapest);
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

/// A plan's cost and fit in one month's scenario.
fn plan_month(p: &Plan, sm: &Scenario, catalog: &Catalog, input: &GrowthInput) -> PlanMonth {
    let e = estimate(p, sm, catalog);
    let capacity = e
        .capacity
        .as_ref()
        .is_none_or(|c| c.status == CapacityStatus::Ok);
    let latency =
        !input.require_latency || e.latency.as_ref().is_none_or(|l| l.meets == Meets::Yes);
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
}

/// The cheapest plan of the month that fits and is `allowed` (the first of equals).
fn cheapest_of(row: &[PlanMonth], allowed: impl Fn(usize) -> bool) -> Option<usize> {
    (0..row.len())
        .filter(|&i| row[i].fit.ok() && allowed(i))
        .min_by(|&i, &j| row[i].usd.total_cmp(&row[j].usd).then(i.cmp(&j)))
}

/// The path's plan this month: the current one while it fits and nothing not yet left is
/// cheaper, else the cheapest fitting plan not yet left (else the cheapest fitting at all).
fn next_on_path(
    row: &[PlanMonth],
    current: Option<usize>,
    left: &[bool],
    cheapest: Option<usize>,
) -> Option<usize> {
    let fresh = cheapest_of(row, |i| !left[i]).or(cheapest);
    match current {
        Some(c) if row[c].fit.ok() => match fresh {
            Some(f) if row[f].usd < row[c].usd => Some(f),
            _ => Some(c),
        },
        _ => fresh,
    }
}
