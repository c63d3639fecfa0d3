//! The scenario inputs the tree's predicates (and the numbers below) read.

use crate::ui::i18n::tr;
use crate::ui::pages::compare::scenario_form::{ComponentToggles, NumInput, RegionSelect};
use crate::ui::pages::decide::{active_tree, DecideCtx};
use crate::ui::state::AppState;
use deploycalc_core::model::scenario::NumField;
use deploycalc_core::model::vocab::Workload;
use leptos::prelude::*;

/// The scenario inputs this tree's answers (and numbers) depend on.
fn fields_for(w: Workload) -> &'static [NumField] {
    use NumField::*;
    match w {
        Workload::S000 | Workload::Custom => &[PeakConcurrency, ConversationHours, LatencyTargetMs],
        Workload::S001 => &[Users, StorageGb],
        Workload::S002 => &[ConversationHours, PeakConcurrency],
        Workload::S003 => &[Users, PeakConcurrency, GpuHoursPerDay],
        Workload::S004 => &[Users, EgressGb, LatencyTargetMs],
    }
}

#[component]
pub fn DecideScenario() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    let tree_w = Memo::new(move |_| {
        let custom = ctx.custom_tree.get();
        st.decoded
            .with(|(u, _)| active_tree(u.scenario.workload, custom).map(|t| t.workload))
    });
    let inputs = move || {
        let w = tree_w.get()?;
        Some(view! {
            {fields_for(w).iter().map(|&f| view! { <NumInput field=f /> }).collect_view()}
            {(w == Workload::S004).then(|| view! { <RegionSelect /> })}
            {(w == Workload::S001).then(|| view! { <ComponentToggles /> })}
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
