//! The numbers beside a decision: break-even points along a driver (with a chart drawn from
//! the exact pieces), committed vs on-demand prices, and the growth timeline.

mod break_even;
mod commitments;
mod growth;
mod memo;

pub use break_even::BreakEvenPanel;
pub use commitments::CommitmentPanel;
pub use growth::GrowthPanel;
