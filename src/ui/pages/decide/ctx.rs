//! What the decide page's components share: the context (the tree shown, the wizard's cursor,
//! a pending focus) and the small money and name helpers. Imports neither child folder, so
//! `numbers` and `wizard` depend on it and not on each other or on the page.

use crate::ui::i18n::pick;
use crate::ui::state::AppState;
use deploycalc_core::engine::decision::{tree_in, DecisionTree};
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::format;
use leptos::prelude::*;

/// What the decide page's components share.
#[derive(Clone, Copy)]
pub struct DecideCtx {
    /// The tree shown, resolved once: the scenario's workload's, or under `custom` the one
    /// picked on the page (`dt` in the URL); `None` when the trees do not load.
    pub tree: Memo<Option<&'static DecisionTree>>,
    /// The question the wizard shows (index on the path).
    pub cursor: RwSignal<usize>,
    /// An element to focus once the page has re-rendered, and when it was asked for (ms).
    pub focus: StoredValue<Option<(String, f64)>, LocalStorage>,
}

impl DecideCtx {
    /// The page's context, with the tree resolved from the URL state.
    pub fn new(st: AppState) -> DecideCtx {
        DecideCtx {
            tree: Memo::new(move |_| {
                st.decoded
                    .with(|(u, _)| tree_in(st.trees, u.decide.tree_workload(u.scenario.workload)))
            }),
            cursor: RwSignal::new(0),
            focus: StoredValue::new_local(None),
        }
    }

    pub fn expect() -> DecideCtx {
        expect_context::<DecideCtx>()
    }

    /// Focuses `id` after the next re-renders (an answer re-renders the question card when the
    /// URL changes, so the request stays alive for a moment).
    pub fn focus_soon(&self, id: String) {
        self.focus.set_value(Some((id, js_sys::Date::now())));
        self.apply_focus(true);
    }

    /// Applies a pending focus request, if it is recent, after a re-render: only when the
    /// re-render took the focus away (it fell back to the page). Focus the visitor has moved
    /// on since, to the next answer say, stays where it is.
    pub fn refocus(&self) {
        self.apply_focus(false);
    }

    fn apply_focus(&self, always: bool) {
        let Some((id, at)) = self.focus.get_value() else {
            return;
        };
        if js_sys::Date::now() - at > 1500.0 {
            self.focus.set_value(None);
            return;
        }
        request_animation_frame(move || {
            let doc = document();
            let lost = match (doc.active_element(), doc.body()) {
                (None, _) => true,
                (Some(active), Some(body)) => active == *body.as_ref(),
                (Some(_), None) => false,
            };
            if !always && !lost {
                return;
            }
            if let Some(el) = doc.get_element_by_id(&id) {
                use wasm_bindgen::JsCast;
                if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
}

/// A plan's name in the UI language (its id if the catalog lacks it).
pub fn plan_name(cat: &Catalog, id: &str, lang: Lang) -> String {
    cat.plan(id)
        .map(|p| pick(lang, &p.name).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// The scenario's first display currency and its FX.
pub fn view_currency(s: &Scenario) -> (Currency, Fx) {
    (
        s.currency
            .currencies()
            .first()
            .copied()
            .unwrap_or(Currency::Usd),
        Fx::new(s.fx_rate),
    )
}

/// A USD amount shown in `cur`.
pub fn money_in(usd: f64, cur: Currency, fx: Fx) -> String {
    format::money(fx.convert(usd, Currency::Usd, cur), cur)
}
