//! What the growth panel's parts read: the inputs, the plans compared, the timeline, the
//! seed's migration path checked against it, and the view currency.

use deploycalc_core::engine::analysis::{GrowthInput, PathCheck, Timeline};
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::money::{Currency, Fx};

/// One growth computation, shared by the inputs, summary, chart and table.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct GrowthModel {
    pub(super) input: GrowthInput,
    pub(super) plans: Vec<&'static Plan>,
    pub(super) timeline: Timeline,
    pub(super) check: Option<PathCheck>,
    pub(super) seed: String,
    pub(super) cur: Currency,
    pub(super) fx: Fx,
}
