//! The decision page's tree: the wizard (one question at a time, back / next), the
//! recommendation with its reasons and "why not the others", the whole tree with the path
//! taken, and the scenario inputs the tree's predicates read. One file each; `evidence` and
//! `outcome_text` hold the words.

mod evidence;
mod outcome;
mod outcome_text;
mod questions;
mod scenario;
mod tree_map;

pub use outcome::OutcomePanel;
pub use questions::Wizard;
pub use scenario::DecideScenario;
pub use tree_map::TreeMap;

use crate::ui::pages::decide::ctx::DecideCtx;
use crate::ui::state::AppState;
use deploycalc_core::engine::decision::{walk, DecisionTree, Walk};
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::url::UrlState;
use leptos::prelude::*;

/// Id of the wizard's question heading (focused after an answer).
const QUESTION_ID: &str = "decide-question";
/// Id of the recommendation's heading (focused when an answer reaches an outcome).
pub const OUTCOME_ID: &str = "decision-outcome-title";

/// `f` of the tree shown, its walk for the URL's scenario and answers, the URL state and the
/// catalog; `None` without a catalog or a tree. Reads (and so tracks) the URL and the tree
/// chosen for `custom`.
fn walked<R>(
    st: AppState,
    ctx: DecideCtx,
    f: impl FnOnce(&'static DecisionTree, Walk<'static>, &UrlState, &'static Catalog) -> R,
) -> Option<R> {
    let tree = ctx.tree.get()?;
    let cat = st.catalog.as_ref().ok()?;
    st.decoded.with(|(u, _)| {
        let w = walk(tree, &u.scenario, cat, &u.answers);
        Some(f(tree, w, u, cat))
    })
}
