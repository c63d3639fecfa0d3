//! The comparison model: every figure the compare page and the share bar show, derived once
//! from the URL state (provided by the shell; every consumer reads it with [`use_compare`]).

use crate::ui::state::AppState;
use deploycalc_core::engine::compare::{compare, visible_order, PlanRow};
use deploycalc_core::model::catalog::plan::Plan;
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

    /// `plan`'s row (a plan's column and its breakdown each follow their own).
    pub fn row(&self, plan: &Plan) -> Option<&PlanRow> {
        self.rows.iter().find(|r| r.plan.id == plan.id)
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

/// The plans `pick` takes from the comparison, as a memo that changes only when the list of
/// plans does. Plans are compared by identity: each is a `&'static` catalog entry, and
/// comparing two by value would walk their whole records on every input.
pub fn use_plans(pick: fn(&CompareModel) -> Vec<&'static Plan>) -> Memo<Vec<&'static Plan>> {
    let cmp = use_compare();
    Memo::new_with_compare(
        move |_| cmp.with(|m| m.as_ref().map(pick).unwrap_or_default()),
        |old, new| match (old, new) {
            (Some(a), Some(b)) => {
                a.len() != b.len() || a.iter().zip(b).any(|(x, y)| !std::ptr::eq(*x, *y))
            }
            _ => true,
        },
    )
}

/// The comparison model provided by [`provide_compare`].
pub fn use_compare() -> Memo<Option<CompareModel>> {
    expect_context::<Memo<Option<CompareModel>>>()
}
