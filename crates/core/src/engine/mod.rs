//! What is computed from the model: estimates, purchase options, the seed audit, the
//! comparison, the analysis (curves, break-even, commitments, growth) and decision trees.

pub mod analysis;
pub mod audit;
pub mod compare;
pub mod decision;
pub mod estimate;
pub mod purchase;
