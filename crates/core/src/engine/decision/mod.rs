//! Decision trees (`catalog/decisions/*.json`): the seeds' reasoning as data. A tree is walked
//! with the visitor's answers; a question that carries a predicate is answered from the
//! scenario when the visitor has not answered it, and the visitor can override that answer.
//!
//! One file a concern: `types` (the tree's data), `predicate` (answers from the scenario),
//! `walk`, `why_not`, `error` and `validate` (load and check); the embedded trees are here.

mod error;
mod predicate;
mod types;
mod validate;
mod walk;
mod why_not;

pub use error::DecisionError;
pub use predicate::{AutoAnswer, Band, Evidence, Predicate};
pub use types::{Choice, DecisionTree, Lead, MigrationPath, Node, Outcome, TreeInputs};
pub use validate::{check_against, load};
pub use walk::{walk, AnsweredBy, Step, Walk};
pub use why_not::{why_not, Exclusion, PlanFacts, WhyNot};

use crate::engine::estimate::Estimate;
use crate::model::catalog::Catalog;
use crate::model::vocab::Workload;
#[cfg(feature = "embedded")]
use std::sync::OnceLock;

#[cfg(feature = "embedded")]
/// The embedded trees as (file name, JSON text). Adding a tree is a JSON file listed here.
pub const SOURCES: [(&str, &str); 5] = [
    (
        "decisions/s000.json",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../catalog/decisions/s000.json"
        )),
    ),
    (
        "decisions/s001.json",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../catalog/decisions/s001.json"
        )),
    ),
    (
        "decisions/s002.json",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../catalog/decisions/s002.json"
        )),
    ),
    (
        "decisions/s003.json",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../catalog/decisions/s003.json"
        )),
    ),
    (
        "decisions/s004.json",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../catalog/decisions/s004.json"
        )),
    ),
];

fn mid_usd(e: &Estimate) -> f64 {
    e.monthly_usd.range().mid()
}

/// A component's default, from the first plan line that declares it.
fn component_default(catalog: &Catalog, key: &str) -> Option<bool> {
    catalog
        .plans
        .iter()
        .flat_map(|p| p.lines.iter())
        .filter_map(|l| l.component.as_ref())
        .find(|c| c.key == key)
        .map(|c| c.default_on)
}

/// The embedded trees, loaded and checked (against the embedded catalog when it loads) once.
#[cfg(feature = "embedded")]
pub fn trees() -> &'static Result<Vec<DecisionTree>, Vec<DecisionError>> {
    static TREES: OnceLock<Result<Vec<DecisionTree>, Vec<DecisionError>>> = OnceLock::new();
    TREES.get_or_init(|| {
        let trees = load(&SOURCES)?;
        if let Ok(cat) = crate::model::catalog::shared() {
            let errs = check_against(&trees, cat);
            if !errs.is_empty() {
                return Err(errs);
            }
        }
        Ok(trees)
    })
}

/// The embedded tree of a workload (`custom` has none).
#[cfg(feature = "embedded")]
pub fn tree_for(workload: Workload) -> Option<&'static DecisionTree> {
    tree_in(trees().as_ref().ok()?, workload)
}

/// The tree of a workload among `trees` (`custom` has none).
pub fn tree_in(trees: &[DecisionTree], workload: Workload) -> Option<&DecisionTree> {
    trees.iter().find(|t| t.workload == workload)
}

/// An embedded tree by id.
#[cfg(feature = "embedded")]
pub fn tree(id: &str) -> Option<&'static DecisionTree> {
    trees().as_ref().ok()?.iter().find(|t| t.id == id)
}
