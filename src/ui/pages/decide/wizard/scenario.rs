//! The scenario inputs the tree's predicates (and the numbers below) read.

use crate::ui::i18n::tr;
use crate::ui::pages::compare::scenario_form::{ComponentToggles, NumInput, RegionSelect};
use crate::ui::pages::decide::ctx::DecideCtx;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn DecideScenario() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    // what the tree's predicates (and the numbers below) read, from core
    let read = Memo::new(move |_| ctx.tree.get().map(|t| t.fields_read()));
    let inputs = move || {
        let r = read.get()?;
        Some(view! {
            {r.fields.into_iter().map(|f| view! { <NumInput field=f /> }).collect_view()}
            {r.region.then(|| view! { <RegionSelect /> })}
            {r.components.then(|| view! { <ComponentToggles /> })}
        })
    };
    view! {
        <section class="decide-scenario" aria-labelledby="decide-scenario-title">
            <h3 id="decide-scenario-title">{move || tr(lang.get(), "你的场景", "Your scenario")}</h3>
            <p class="field-help">
                {move || tr(lang.get(), "问题的自动答案和下面的数字都来自这些输入；完整的场景在“方案对比”页。", "The automatic answers and the numbers below come from these inputs; the whole scenario is on the Compare page.")}
            </p>
            {inputs}
        </section>
    }
}
