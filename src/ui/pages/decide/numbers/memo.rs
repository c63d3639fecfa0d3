//! The memo every numbers panel starts from.

use crate::ui::pages::decide::ctx::DecideCtx;
use crate::ui::state::AppState;
use deploycalc_core::engine::decision::DecisionTree;
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::url::UrlState;
use leptos::prelude::*;

/// What a panel computes from the catalog, the link's state and the tree shown, kept as a
/// memo; `None` while the catalog failed to load or no tree applies.
pub(super) fn tree_memo<T: PartialEq + Send + Sync + 'static>(
    compute: impl Fn(&'static Catalog, &UrlState, &'static DecisionTree) -> Option<T>
        + Send
        + Sync
        + 'static,
) -> Memo<Option<T>> {
    let st = AppState::expect();
    let ctx = DecideCtx::expect();
    Memo::new(move |_| {
        let tree = ctx.tree.get()?;
        let cat = st.catalog;
        st.decoded.with(|(u, _)| compute(cat, u, tree))
    })
}
