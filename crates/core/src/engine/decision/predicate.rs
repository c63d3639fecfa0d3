//! Predicates: how the scenario answers a question, and what it read to do so.

use super::{component_default, mid_usd};
use crate::engine::estimate::estimate;
use crate::model::catalog::Catalog;
use crate::model::scenario::{NumField, Scenario};
use crate::model::vocab::{OptionId, PlanId, Region};
use serde::{Deserialize, Serialize};

/// One band of a numeric predicate: the option when the value is below (or at most) a bound.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    #[serde(default)]
    pub below: Option<f64>,
    #[serde(default)]
    pub at_most: Option<f64>,
    pub option: OptionId,
}

impl Band {
    pub(super) fn contains(&self, v: f64) -> bool {
        match (self.below, self.at_most) {
            (Some(b), _) => v < b,
            (None, Some(m)) => v <= m,
            (None, None) => false,
        }
    }

    pub(super) fn bound(&self) -> Option<f64> {
        self.below.or(self.at_most)
    }
}

/// How the scenario answers a question. Typed, not an expression language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Predicate {
    /// A numeric scenario field (`NumField` name): the first band that holds, else `otherwise`.
    Bands {
        field: String,
        bands: Vec<Band>,
        otherwise: OptionId,
    },
    /// Where the users are.
    Region { china: OptionId, global: OptionId },
    /// `then` when `plan` costs less per month than `than` under the scenario (midpoints, USD),
    /// else `else`. No answer while either total is only a lower bound.
    Cheaper {
        plan: PlanId,
        than: PlanId,
        then: OptionId,
        #[serde(rename = "else")]
        otherwise: OptionId,
    },
    /// A plan component's toggle (e.g. a resource already owned).
    Component {
        key: String,
        on: OptionId,
        off: OptionId,
    },
}

/// What the scenario said, so the page can show it ("from your scenario: 10 peak users").
#[derive(Clone, Debug, PartialEq)]
pub enum Evidence {
    Num {
        field: NumField,
        value: f64,
    },
    Region(Region),
    Cheaper {
        plan: PlanId,
        than: PlanId,
        plan_usd: f64,
        than_usd: f64,
    },
    Component {
        key: String,
        on: bool,
    },
}

/// The scenario's answer to a question.
#[derive(Clone, Debug, PartialEq)]
pub struct AutoAnswer {
    pub option: OptionId,
    pub evidence: Evidence,
}

impl Predicate {
    /// Every option id the predicate can answer with.
    pub fn options(&self) -> Vec<&OptionId> {
        match self {
            Predicate::Bands {
                bands, otherwise, ..
            } => bands.iter().map(|b| &b.option).chain([otherwise]).collect(),
            Predicate::Region { china, global } => vec![china, global],
            Predicate::Cheaper {
                then, otherwise, ..
            } => vec![then, otherwise],
            Predicate::Component { on, off, .. } => vec![on, off],
        }
    }

    /// The scenario's answer; `None` when the scenario cannot tell.
    pub fn eval(&self, s: &Scenario, catalog: &Catalog) -> Option<AutoAnswer> {
        match self {
            Predicate::Bands {
                field,
                bands,
                otherwise,
            } => {
                let f = NumField::parse_name(field)?;
                let v = s.num(f);
                let option = bands
                    .iter()
                    .find(|b| b.contains(v))
                    .map_or(otherwise, |b| &b.option)
                    .clone();
                Some(AutoAnswer {
                    option,
                    evidence: Evidence::Num { field: f, value: v },
                })
            }
            Predicate::Region { china, global } => Some(AutoAnswer {
                option: match s.region {
                    Region::China => china.clone(),
                    Region::Global => global.clone(),
                },
                evidence: Evidence::Region(s.region),
            }),
            Predicate::Cheaper {
                plan,
                than,
                then,
                otherwise,
            } => {
                let a = estimate(catalog.plan(plan.as_str())?, s, catalog);
                let b = estimate(catalog.plan(than.as_str())?, s, catalog);
                if a.is_lower_bound() || b.is_lower_bound() {
                    return None;
                }
                let (pa, pb) = (mid_usd(&a), mid_usd(&b));
                Some(AutoAnswer {
                    option: if pa < pb { then } else { otherwise }.clone(),
                    evidence: Evidence::Cheaper {
                        plan: plan.clone(),
                        than: than.clone(),
                        plan_usd: pa,
                        than_usd: pb,
                    },
                })
            }
            Predicate::Component { key, on, off } => {
                let default_on = component_default(catalog, key)?;
                let is_on = s.component_on(key, default_on);
                Some(AutoAnswer {
                    option: if is_on { on } else { off }.clone(),
                    evidence: Evidence::Component {
                        key: key.clone(),
                        on: is_on,
                    },
                })
            }
        }
    }
}
