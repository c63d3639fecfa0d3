//! Scenario <-> URL query. One enum owns the parameter names; `v` is always written;
//! defaults are omitted; anything unknown or invalid is reported, never fatal.

mod decide;
mod decode;
mod encode;
mod params;
mod sizing;

pub use decide::{DecideField, DecideParams};
pub use decode::decode;
pub use encode::encode;
pub use params::{Param, ANSWER_PREFIX, COMPONENT_PREFIX, DISCOUNT_PREFIX, OVERRIDE_PREFIX};
pub use sizing::{SizingField, SizingParams};

use crate::model::scenario::{Reject, Scenario};
use crate::model::vocab::{Lang, NodeId, OptionId, PlanId, Workload};
use std::collections::{BTreeMap, BTreeSet};

/// The URL format version this build writes. URLs of every earlier version keep working:
///
/// - 2: GPU counts of sized lines come from the sizing model unless the link says `gc=0`;
/// - 1: they were the seeds' constants unless it said `gc=1` (a `v=1` link without `gc`
///   decodes as `gc=0`).
///
/// A link without `v` is read as the current version.
pub const URL_VERSION: u32 = 2;

/// Which page of the app the URL shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Page {
    /// The comparison page (default).
    #[default]
    Compare,
    /// The catalog browser: every price, performance record and provider fact.
    Catalog,
    /// The decision wizard, break-even points and the growth timeline.
    Decide,
}

impl Page {
    pub fn as_str(self) -> &'static str {
        match self {
            Page::Compare => "compare",
            Page::Catalog => "catalog",
            Page::Decide => "decide",
        }
    }

    pub fn parse(s: &str) -> Option<Page> {
        match s {
            "compare" => Some(Page::Compare),
            "catalog" => Some(Page::Catalog),
            "decide" => Some(Page::Decide),
            _ => None,
        }
    }
}

/// Everything the URL carries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub scenario: Scenario,
    /// `None` when the URL does not say: the page then follows the browser.
    pub lang: Option<Lang>,
    pub page: Page,
    /// Plan ids hidden from the comparison.
    pub hidden: BTreeSet<PlanId>,
    /// The plan shown first.
    pub pinned: Option<PlanId>,
    /// Compact layout for iframes.
    pub embed: bool,
    /// Plan ids whose breakdown is expanded.
    pub expanded: BTreeSet<PlanId>,
    /// Decision-tree answers: node id -> option id.
    pub answers: BTreeMap<NodeId, OptionId>,
    /// The decide page's break-even driver, growth inputs and tree under `custom`.
    pub decide: DecideParams,
    /// The sizing panel's model, hardware, billing and targets.
    pub sizing: SizingParams,
}

impl UrlState {
    /// Switches to another workload the way the workload picker and the decide page's tree
    /// tabs both do: the workload's preset scenario (keeping the chosen currency and FX rate),
    /// every plan shown again, nothing pinned, and the decide page's driver and growth inputs
    /// back to the new tree's defaults. Answers stay: their keys name their own tree's nodes.
    pub fn switch_workload(&mut self, w: Workload) {
        let keep = (self.scenario.currency, self.scenario.fx_rate);
        self.scenario = Scenario::preset(w);
        (self.scenario.currency, self.scenario.fx_rate) = keep;
        self.hidden.clear();
        self.pinned = None;
        self.decide = DecideParams::default();
        self.sizing = SizingParams::default();
    }
}

/// What was wrong with one parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum UrlProblem {
    UnknownKey,
    Invalid(Reject),
    /// Written by a newer version of the app than this one.
    FutureVersion,
    Repeated,
}

/// A parameter that was ignored, with the reason; the default was used instead.
#[derive(Clone, Debug, PartialEq)]
pub struct UrlIssue {
    pub key: String,
    pub value: String,
    pub problem: UrlProblem,
}
