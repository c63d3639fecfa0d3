//! What is computed from the model: estimates, purchase options, the seed audit, the
//! comparison, the analysis (curves, break-even, commitments, growth) and decision trees.

pub mod analysis;
pub mod audit;
pub mod compare;
pub mod data_file;
pub mod decision;
pub mod estimate;
pub mod purchase;
pub mod sizing;

#[cfg(feature = "embedded")]
use crate::model::catalog;
use crate::model::catalog::Catalog;
use decision::DecisionTree;

/// The embedded data every page reads: the catalog and the decision trees, each loaded and
/// checked once.
#[derive(Clone, Copy, Debug)]
pub struct Embedded {
    pub catalog: &'static Catalog,
    pub trees: &'static [DecisionTree],
}

/// The embedded catalog and decision trees, or every load error of both (catalog first), so
/// that the app can show one error page instead of checking in each component.
#[cfg(feature = "embedded")]
pub fn embedded() -> Result<Embedded, Vec<String>> {
    match (catalog::shared(), decision::trees()) {
        (Ok(catalog), Ok(trees)) => Ok(Embedded { catalog, trees }),
        (c, t) => {
            let mut errs: Vec<String> = Vec::new();
            if let Err(e) = c {
                errs.extend(e.iter().map(ToString::to_string));
            }
            if let Err(e) = t {
                errs.extend(e.iter().map(ToString::to_string));
            }
            Err(errs)
        }
    }
}
