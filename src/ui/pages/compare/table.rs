//! The comparison: one column per plan (stacked on narrow screens, see `plan_column`) and the
//! plans hidden. Every figure comes from
//! `deploycalc_core::engine::compare`.

use super::model::{use_compare, CompareModel};
use super::plan_column::plan_column;
use crate::ui::i18n::{pick, show_plan_text, tr};
use crate::ui::state::AppState;
use deploycalc_core::engine::compare::hidden;
use deploycalc_core::model::vocab::Lang;
use leptos::prelude::*;

/// The plan columns.
#[component]
pub fn ComparisonTable() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let model = use_compare();
    let body = move || {
        let Some(m) = model.get() else {
            return ().into_any();
        };
        let lang = lang.get();
        let hidden_bar = hidden_bar(&m, lang, st);
        let columns = m
            .shown()
            .into_iter()
            .map(|r| plan_column(r, &m, lang, st).into_any())
            .collect_view();
        view! {
            {hidden_bar}
            <div class="compare-grid" role="list" data-testid="comparison">
                {columns}
            </div>
        }
        .into_any()
    };
    view! {
        <section class="comparison" aria-labelledby="comparison-title">
            <h2 id="comparison-title">{move || tr(lang.get(), "方案对比", "Plans compared")}</h2>
            {body}
        </section>
    }
}

/// "Hidden:" and a button per hidden plan to show it again.
fn hidden_bar(m: &CompareModel, lang: Lang, st: AppState) -> Option<impl IntoView> {
    (!m.hidden.is_empty()).then(|| {
        let names: Vec<(String, String)> = hidden(&m.rows, &m.hidden)
            .into_iter()
            .map(|r| (r.plan.id.0.clone(), pick(lang, &r.plan.name).to_string()))
            .collect();
        view! {
            <p class="hidden-plans" data-testid="hidden-plans">
                {tr(lang, "已隐藏：", "Hidden: ")}
                {names
                    .into_iter()
                    .map(|(id, name)| {
                        let id2 = id.clone();
                        view! {
                            <button
                                type="button"
                                class="chip"
                                data-testid=format!("show-{id}")
                                on:click=move |_| {
                                    let id = id2.clone();
                                    st.commit(true, move |u| {
                                        u.hidden.remove(id.as_str());
                                    })
                                }
                            >
                                {show_plan_text(lang, &name)}
                            </button>
                        }
                    })
                    .collect_view()}
            </p>
        }
    })
}
