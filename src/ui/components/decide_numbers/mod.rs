//! The numbers beside a decision: break-even points along a driver (with a chart drawn from
//! the exact pieces), committed vs on-demand prices, and the growth timeline.

mod break_even;
mod commitments;
mod growth;

pub use break_even::BreakEvenPanel;
pub use commitments::CommitmentPanel;
pub use growth::GrowthPanel;

use crate::domain::decision::DecisionTree;
use crate::domain::plan::Plan;

/// The tree's outcome plans, in catalog order.
fn tree_plans(
    cat: &'static crate::domain::catalog::Catalog,
    tree: &DecisionTree,
) -> Vec<&'static Plan> {
    let ids = tree.outcome_plans();
    cat.plans.iter().filter(|p| ids.contains(&&p.id)).collect()
}
