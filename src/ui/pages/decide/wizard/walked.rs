//! What the wizard's panels share: the tree shown walked with the URL's answers, and the ids
//! focus moves to.

use crate::ui::pages::decide::ctx::DecideCtx;
use crate::ui::state::AppState;
use deploycalc_core::engine::decision::{walk, DecisionTree, Walk};
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::url::UrlState;
use leptos::prelude::*;

/// Id of the wizard's question heading (focused after an answer).
pub(super) const QUESTION_ID: &str = "decide-question";
/// Id of the recommendation's heading (focused when an answer reaches an outcome).
pub const OUTCOME_ID: &str = "decision-outcome-title";

/// `f` of the tree shown, its walk for the URL's scenario and answers, the URL state and the
/// catalog; `None` without a catalog or a tree. Reads (and so tracks) the URL and the tree
/// chosen for `custom`.
pub(super) fn walked<R>(
    st: AppState,
    ctx: DecideCtx,
    f: impl FnOnce(&'static DecisionTree, Walk<'static>, &UrlState, &'static Catalog) -> R,
) -> Option<R> {
    let tree = ctx.tree.get()?;
    let cat = st.catalog;
    st.decoded.with(|(u, _)| {
        let w = walk(tree, &u.scenario, cat, &u.answers);
        Some(f(tree, w, u, cat))
    })
}
