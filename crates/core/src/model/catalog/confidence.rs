//! How far a catalog figure can be trusted: every price and performance record says.

use serde::{Deserialize, Serialize};

/// How far a figure can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Read from the provider, or from a file generated from its price API.
    List,
    /// Arithmetic on a listed figure (e.g. a monthly figure ÷ 730 h).
    Derived,
    /// Only a seed write-up states it.
    Seed,
    /// Our own or a third party's estimate.
    Estimate,
}

impl Confidence {
    pub const ALL: [Confidence; 4] = [
        Confidence::List,
        Confidence::Derived,
        Confidence::Seed,
        Confidence::Estimate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::List => "list",
            Confidence::Derived => "derived",
            Confidence::Seed => "seed",
            Confidence::Estimate => "estimate",
        }
    }
}
