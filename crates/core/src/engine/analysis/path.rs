//! The seed's migration path set against the computed one.

use super::{Fit, Timeline};
use crate::model::vocab::PlanId;

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
