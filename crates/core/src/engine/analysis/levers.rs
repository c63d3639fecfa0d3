//! The cost levers of seed 003 §9.5 that lower a plan's monthly cost, each on its own.

use super::{mid_usd, COMMITMENTS};
use crate::engine::estimate::estimate;
use crate::model::catalog::plan::Plan;
use crate::model::catalog::quantity::{Quantity, SizedHours};
use crate::model::catalog::Catalog;
use crate::model::scenario::Scenario;
use crate::model::vocab::PurchaseOption;

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
    let has_gpu_hours = plan.lines.iter().any(|l| {
        matches!(
            l.quantity,
            Quantity::GpuHours { .. }
                | Quantity::Sized {
                    hours: SizedHours::GpuHours,
                    ..
                }
        )
    });
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
