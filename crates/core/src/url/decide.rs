//! The decide page's inputs in the URL: break-even driver, growth timeline, tree under `custom`.

use crate::engine::analysis::{Axis, GrowthInput};
use crate::model::scenario::{parse_bounded, Reject};
use crate::model::vocab::Workload;

/// The decide page's inputs, each with its own short key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DecideField {
    /// `dt`: the decision tree shown while the workload is `custom` (`s000`…`s004`).
    Tree,
    /// `bx`: the break-even driver (`hours`, `users`, `storage`, `egress`).
    BreakEvenAxis,
    /// `gu`: users in the first month of the growth timeline (1 – 10⁹, whole).
    StartUsers,
    /// `gr`: monthly user growth, % (0 – 1,000, whole).
    GrowthPct,
    /// `gm`: months on the growth timeline (1 – 120, whole).
    Months,
    /// `gl`: the growth timeline requires the scenario's latency target (`1` / `0`).
    Latency,
    /// `gp`: minimum privacy rating on the growth timeline (1 – 5; `0` = none).
    Privacy,
}

impl DecideField {
    pub const ALL: [DecideField; 7] = [
        DecideField::Tree,
        DecideField::BreakEvenAxis,
        DecideField::StartUsers,
        DecideField::GrowthPct,
        DecideField::Months,
        DecideField::Latency,
        DecideField::Privacy,
    ];

    /// `(min, max)` and whether the value must be whole, for the numeric fields.
    pub fn bounds(self) -> Option<((f64, f64), bool)> {
        match self {
            DecideField::StartUsers => Some(((1.0, 1e9), true)),
            DecideField::GrowthPct => Some(((0.0, 1000.0), true)),
            DecideField::Months => Some(((1.0, GrowthInput::MAX_MONTHS as f64), true)),
            DecideField::Privacy => Some(((0.0, 5.0), true)),
            DecideField::Tree | DecideField::BreakEvenAxis | DecideField::Latency => None,
        }
    }
}

/// The decide page's inputs as the URL carries them. `None` follows the active tree's
/// defaults (so an untouched input follows the workload); set them through
/// [`DecideParams::set_growth`] and [`DecideParams::set_axis`], which store a value equal to
/// the default as `None`, so defaults are left out of the link.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DecideParams {
    /// The tree shown under the `custom` workload (`None`: seed 000's).
    pub tree: Option<Workload>,
    pub axis: Option<Axis>,
    pub start_users: Option<f64>,
    pub growth_pct: Option<f64>,
    pub months: Option<usize>,
    pub latency: Option<bool>,
    /// Minimum privacy rating; `Some(0)` says "no privacy constraint".
    pub privacy: Option<u8>,
}

impl DecideParams {
    /// The workload whose tree the decide page shows: the scenario's, or under `custom` the
    /// one picked on the page.
    pub fn tree_workload(&self, scenario: Workload) -> Workload {
        if scenario == Workload::Custom {
            self.tree.unwrap_or(Workload::S000)
        } else {
            scenario
        }
    }

    /// Picks the tree shown under `custom`; seed 000's (the default) is left out.
    pub fn set_tree(&mut self, w: Workload) {
        self.tree = (w != Workload::S000 && w != Workload::Custom).then_some(w);
    }

    /// The break-even driver for the tree of workload `w`.
    pub fn axis(&self, w: Workload) -> Axis {
        self.axis.unwrap_or_else(|| Axis::default_for(w))
    }

    pub fn set_axis(&mut self, w: Workload, a: Axis) {
        self.axis = (a != Axis::default_for(w)).then_some(a);
    }

    /// The growth timeline's inputs for the tree of workload `w`.
    pub fn growth(&self, w: Workload) -> GrowthInput {
        let d = GrowthInput::preset(w);
        GrowthInput {
            start_users: self.start_users.unwrap_or(d.start_users),
            growth_pct: self.growth_pct.unwrap_or(d.growth_pct),
            months: self.months.unwrap_or(d.months),
            require_latency: self.latency.unwrap_or(d.require_latency),
            min_privacy: match self.privacy {
                None => d.min_privacy,
                Some(0) => None,
                Some(p) => Some(p),
            },
        }
    }

    /// Stores the growth inputs typed under the tree of workload `w`; each value equal to
    /// that tree's default is stored as `None`.
    pub fn set_growth(&mut self, w: Workload, i: &GrowthInput) {
        let d = GrowthInput::preset(w);
        self.start_users = (i.start_users != d.start_users).then_some(i.start_users);
        self.growth_pct = (i.growth_pct != d.growth_pct).then_some(i.growth_pct);
        self.months = (i.months != d.months).then_some(i.months);
        self.latency = (i.require_latency != d.require_latency).then_some(i.require_latency);
        self.privacy = (i.min_privacy != d.min_privacy).then_some(i.min_privacy.unwrap_or(0));
    }

    /// Decodes one value; the reason when it is rejected.
    pub(super) fn read(&mut self, f: DecideField, value: &str) -> Result<(), Reject> {
        let number = || match f.bounds() {
            Some((b, whole)) => parse_bounded(value, b, whole),
            None => Err(Reject::UnknownValue),
        };
        match f {
            DecideField::Tree => match Workload::parse(value) {
                Some(w) if w != Workload::Custom => self.tree = Some(w),
                _ => return Err(Reject::UnknownValue),
            },
            DecideField::BreakEvenAxis => {
                self.axis = Some(Axis::parse(value).ok_or(Reject::UnknownValue)?)
            }
            DecideField::StartUsers => self.start_users = Some(number()?),
            DecideField::GrowthPct => self.growth_pct = Some(number()?),
            DecideField::Months => self.months = Some(number()? as usize),
            DecideField::Latency => {
                self.latency = Some(match value {
                    "1" | "true" => true,
                    "0" | "false" => false,
                    _ => return Err(Reject::UnknownValue),
                })
            }
            DecideField::Privacy => self.privacy = Some(number()? as u8),
        }
        Ok(())
    }

    /// The value written for `f`, or `None` when it is left out.
    pub(super) fn written(&self, f: DecideField) -> Option<String> {
        match f {
            DecideField::Tree => self.tree.map(|w| w.as_str().to_string()),
            DecideField::BreakEvenAxis => self.axis.map(|a| a.as_str().to_string()),
            DecideField::StartUsers => self.start_users.map(|v| format!("{v}")),
            DecideField::GrowthPct => self.growth_pct.map(|v| format!("{v}")),
            DecideField::Months => self.months.map(|v| v.to_string()),
            DecideField::Latency => self.latency.map(|b| if b { "1" } else { "0" }.to_string()),
            DecideField::Privacy => self.privacy.map(|p| p.to_string()),
        }
    }
}
