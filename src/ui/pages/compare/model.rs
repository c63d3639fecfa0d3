//! The comparison model: every figure the compare page and the share bar show, derived once
//! from the URL state (provided by the shell; every consumer reads it with [`use_compare`]).

use crate::ui::state::AppState;
use deploycalc_core::engine::compare::{compare, visible_order, PlanRow};
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::PlanId;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Everything the comparison shows, derived once from the URL state.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareModel {
    pub rows: Vec<PlanRow>,
    /// Indexes into `rows`, in display order (pinned first, hidden left out).
    pub order: Vec<usize>,
    pub hidden: BTreeSet<PlanId>,
    pub pinned: Option<PlanId>,
    pub currencies: Vec<Currency>,
    pub fx: Fx,
    pub users: f64,
    /// The scenario compared (so that views read the model only, never also its sources).
    pub scenario: Scenario,
    pub today: deploycalc_core::model::catalog::Date,
}

impl CompareModel {
    pub fn primary(&self) -> Currency {
        self.currencies.first().copied().unwrap_or(Currency::Usd)
    }

    pub fn shown(&self) -> Vec<&PlanRow> {
        self.order.iter().map(|&i| &self.rows[i]).collect()
    }
}

/// Provides the comparison model as context, once (in the shell); components derive their own
/// view-models from it. A memo is computed when first read.
pub fn provide_compare() {
    let st = AppState::expect();
    let model = Memo::new(move |_| {
        let (state, _) = st.decoded.get();
        let cat = st.catalog;
        let s = &state.scenario;
        let rows = compare(s, cat);
        let order = visible_order(
            &rows,
            &state.hidden,
            state.pinned.as_ref().map(|p| p.as_str()),
        );
        Some(CompareModel {
            order,
            hidden: state.hidden.clone(),
            pinned: state.pinned.clone(),
            currencies: s.currency.currencies().to_vec(),
            fx: Fx::new(s.fx_rate),
            users: s.users,
            scenario: s.clone(),
            today: cat.meta.as_of,
            rows,
        })
    });
    provide_context(model);
}

/// The comparison model provided by [`provide_compare`].
pub fn use_compare() -> Memo<Option<CompareModel>> {
    expect_context::<Memo<Option<CompareModel>>>()
}
