//! The comparison: one column per plan (stacked on narrow screens, see `plan_column`) and the
//! plans hidden. Every figure comes from
//! `deploycalc_core::engine::compare`.

use super::model::use_plans;
use super::plan_column::PlanColumn;
use crate::ui::i18n::{pick, show_plan_text, tr};
use crate::ui::state::AppState;
use deploycalc_core::engine::compare::hidden;
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::vocab::Lang;
use leptos::prelude::*;

/// The plan columns: one keyed [`PlanColumn`] a plan shown, so that an input that changes
/// only figures updates their text and never rebuilds a column.
#[component]
pub fn ComparisonTable() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let shown = use_plans(|m| m.shown().iter().map(|r| r.plan).collect());
    let hidden = use_plans(|m| hidden(&m.rows, &m.hidden).iter().map(|r| r.plan).collect());
    view! {
        <section class="comparison" aria-labelledby="comparison-title">
            <h2 id="comparison-title">{move || tr(lang.get(), "方案对比", "Plans compared")}</h2>
            {move || hidden_bar(hidden.get(), lang.get(), st)}
            <div class="compare-grid" role="list" data-testid="comparison">
                <For each=move || shown.get() key=|p| p.id.clone() let:plan>
                    <PlanColumn plan=plan />
                </For>
            </div>
        </section>
    }
}

/// "Hidden:" and a button per hidden plan to show it again.
fn hidden_bar(plans: Vec<&'static Plan>, lang: Lang, st: AppState) -> Option<impl IntoView> {
    (!plans.is_empty()).then(|| {
        let names: Vec<(String, String)> = plans
            .into_iter()
            .map(|p| (p.id.0.clone(), pick(lang, &p.name).to_string()))
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
