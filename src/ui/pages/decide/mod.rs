//! The decide page (`?view=decide`): the seeds' decision trees as a wizard, the numbers that
//! support or challenge the outcome (break-even points, commitments, a growth timeline).
//! Every figure comes from `deploycalc_core::engine::{decision, analysis}`; this layer lays it out.

pub mod ctx;
pub mod numbers;
pub mod wizard;

use crate::ui::i18n::{decide_field_label, pick, tr};
use crate::ui::pages::decide::ctx::DecideCtx;
use crate::ui::pages::decide::numbers::{BreakEvenPanel, CommitmentPanel, GrowthPanel};
use crate::ui::pages::decide::wizard::{DecideScenario, OutcomePanel, TreeMap, Wizard};
use crate::ui::state::AppState;
use crate::ui::widgets::later::Later;
use crate::ui::widgets::url_notice::UrlNotice;
use deploycalc_core::model::vocab::Workload;
use deploycalc_core::url::{DecideField, DecideParams};
use leptos::prelude::*;

#[component]
pub fn DecidePage() -> impl IntoView {
    let st = AppState::expect();
    provide_context(DecideCtx::new(st));
    view! {
        <section class="decide-page" data-testid="decide-page" aria-labelledby="decide-title">
            <DecideHead />
            // parameters of the link that were not used (decide-page keys included), with why
            <UrlNotice />
            <TreeTabs />
            <div class="decide-grid">
                <div class="decide-main">
                    <Wizard />
                    <OutcomePanel />
                </div>
                // beside and below the wizard: each its own task (ui/widgets/later.rs)
                <div class="decide-side">
                    <Later><DecideScenario /></Later>
                    <Later><TreeMap /></Later>
                </div>
            </div>
            <Later><BreakEvenPanel /></Later>
            <Later><CommitmentPanel /></Later>
            <Later><GrowthPanel /></Later>
            <Later><crate::ui::sizing::SizingPanel /></Later>
        </section>
    }
}

/// The page's heading and lead. The prerender paints it for `?view=decide` links before the
/// wasm arrives (ui::render_static), so it is one component for both.
#[component]
pub fn DecideHead() -> impl IntoView {
    let lang = AppState::expect().lang;
    view! {
        <div class="decide-head">
            <h2 id="decide-title">{move || tr(lang.get(), "决策向导", "Decide")}</h2>
            <p class="decide-lead">
                {move || tr(
                    lang.get(),
                    "回答种子文档里的问题，得到它推荐的方案、理由，以及支持或挑战这个结论的数字：盈亏平衡点、预留与按需、用户增长时间线。能从场景算出的答案已经替你填好，你可以改。",
                    "Answer the questions the seed write-ups ask and get the plan they argue for, why, and the numbers that support or challenge it: break-even points, committed vs on-demand prices and a growth timeline. Answers the scenario can give are filled in for you; you can change them.",
                )}
            </p>
        </div>
    }
}

/// One button per seed's tree. Picking one loads that seed's workload (as the workload picker
/// does); under `custom` it only changes the tree.
#[component]
fn TreeTabs() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    let current = Memo::new(move |_| {
        let w = st.decoded.with(|d| d.0.scenario.workload);
        (w, ctx.tree.get().map(|t| t.id.clone()))
    });
    view! {
        <nav class="tree-tabs" aria-label=move || decide_field_label(lang.get(), DecideField::Tree)>
            {st.trees
                .iter()
                .map(|t| {
                    let id = t.id.clone();
                    let id2 = id.clone();
                    let w = t.workload;
                    let seed = t.seed.clone();
                    view! {
                        <button
                            type="button"
                            class="tree-tab"
                            data-testid=format!("tree-{id}")
                            aria-pressed=move || (current.get().1.as_deref() == Some(id2.as_str())).to_string()
                            on:click=move |_| {
                                ctx.cursor.set(0);
                                let custom = current.get_untracked().0 == Workload::Custom;
                                st.commit(true, |u| {
                                    if custom {
                                        if u.decide.tree_workload(Workload::Custom) != w {
                                            // another tree: its own driver and growth defaults
                                            u.decide = DecideParams::default();
                                            u.decide.set_tree(w);
                                        }
                                    } else if u.scenario.workload != w {
                                        // the seed's preset and its own driver and growth defaults
                                        u.switch_workload(w);
                                    }
                                });
                            }
                        >
                            <span class="tree-tab-seed">{move || format!("{} {seed}", tr(lang.get(), "种子", "Seed"))}</span>
                            <span class="tree-tab-title">{move || pick(lang.get(), &t.title).to_string()}</span>
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
}
