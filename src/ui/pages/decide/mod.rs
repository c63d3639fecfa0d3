//! The decide page (`?view=decide`): the seeds' decision trees as a wizard, the numbers that
//! support or challenge the outcome (break-even points, commitments, a growth timeline).
//! Every figure comes from `deploycalc_core::engine::{decision, analysis}`; this layer lays it out.

pub mod numbers;
pub mod wizard;

use crate::ui::i18n::{pick, tr};
use crate::ui::pages::decide::numbers::{BreakEvenPanel, CommitmentPanel, GrowthPanel};
use crate::ui::pages::decide::wizard::{DecideScenario, OutcomePanel, TreeMap, Wizard};
use crate::ui::state::AppState;
use crate::ui::widgets::url_notice::UrlNotice;
use deploycalc_core::engine::decision::{tree_for, trees, DecisionTree};
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{Lang, Workload};
use deploycalc_core::report::format;
use deploycalc_core::url::DecideParams;
use leptos::prelude::*;

/// What the decide page's components share.
#[derive(Clone, Copy)]
pub struct DecideCtx {
    /// The tree shown while the workload is `custom` (every other workload shows its own):
    /// `dt` in the URL.
    pub custom_tree: Memo<Workload>,
    /// The question the wizard shows (index on the path).
    pub cursor: RwSignal<usize>,
    /// An element to focus once the page has re-rendered, and when it was asked for (ms).
    pub focus: StoredValue<Option<(String, f64)>, LocalStorage>,
}

impl DecideCtx {
    pub fn expect() -> DecideCtx {
        expect_context::<DecideCtx>()
    }

    /// Focuses `id` after the next re-renders (an answer re-renders the question card when the
    /// URL changes, so the request stays alive for a moment).
    pub fn focus_soon(&self, id: String) {
        self.focus.set_value(Some((id, js_sys::Date::now())));
        self.refocus();
    }

    /// Applies a pending focus request, if it is recent.
    pub fn refocus(&self) {
        let Some((id, at)) = self.focus.get_value() else {
            return;
        };
        if js_sys::Date::now() - at > 1500.0 {
            self.focus.set_value(None);
            return;
        }
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&id) {
                use wasm_bindgen::JsCast;
                if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
}

/// The tree for the scenario's workload (`custom` shows the one picked on the page).
pub fn active_tree(workload: Workload, custom: Workload) -> Option<&'static DecisionTree> {
    if workload == Workload::Custom {
        tree_for(custom)
    } else {
        tree_for(workload)
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

/// "$ / month" or "¥ / 月".
pub fn per_month(cur: Currency, lang: Lang) -> String {
    format!("{} / {}", cur.symbol(), tr(lang, "月", "month"))
}

#[component]
pub fn DecidePage() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx {
        custom_tree: Memo::new(move |_| {
            st.decoded
                .with(|(u, _)| u.decide.tree_workload(Workload::Custom))
        }),
        cursor: RwSignal::new(0),
        focus: StoredValue::new_local(None),
    };
    provide_context(ctx);
    let broken = move || {
        trees().as_ref().err().map(|errs| {
            view! {
                <div class="notice error" role="alert">
                    <p>{move || tr(lang.get(), "决策树数据无法加载：", "The decision trees do not load:")}</p>
                    <ul>{errs.iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    view! {
        <section class="decide-page" data-testid="decide-page" aria-labelledby="decide-title">
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
            // parameters of the link that were not used (decide-page keys included), with why
            <UrlNotice />
            {broken}
            <TreeTabs />
            <div class="decide-grid">
                <div class="decide-main">
                    <Wizard />
                    <OutcomePanel />
                </div>
                <div class="decide-side">
                    <DecideScenario />
                    <TreeMap />
                </div>
            </div>
            <BreakEvenPanel />
            <CommitmentPanel />
            <GrowthPanel />
        </section>
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
        let custom = ctx.custom_tree.get();
        (w, active_tree(w, custom).map(|t| t.id.clone()))
    });
    let all: Vec<&'static DecisionTree> = trees()
        .as_ref()
        .map(|v| v.iter().collect())
        .unwrap_or_default();
    view! {
        <nav class="tree-tabs" aria-label=move || tr(lang.get(), "决策树", "Decision trees")>
            {all
                .into_iter()
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
