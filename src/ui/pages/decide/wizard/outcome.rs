//! The recommendation, why, why not the others, and the link to the comparison.

use super::outcome_text::{because_text, why_not_text};
use super::walked::{walked, OUTCOME_ID};
use crate::ui::i18n::{at_least, lever_saving, pick, tr};
use crate::ui::pages::decide::ctx::{money_in, plan_name, view_currency, DecideCtx};
use crate::ui::state::AppState;
use deploycalc_core::engine::analysis::{levers, Lever};
use deploycalc_core::engine::decision::{why_not, Outcome, PlanFacts, Walk, WhyNot};
use deploycalc_core::engine::estimate::Meets;
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::format;
use deploycalc_core::url::{encode, Page};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
struct OutcomeModel {
    walk: Walk<'static>,
    why: Option<(PlanFacts, Vec<WhyNot>)>,
    levers: Vec<Lever>,
    /// The comparison with the plan pinned first.
    href: Option<String>,
    scenario: Scenario,
}

fn outcome_model(st: AppState, ctx: DecideCtx) -> Memo<Option<OutcomeModel>> {
    Memo::new(move |_| {
        walked(st, ctx, |_, w, u, cat| {
            let why = why_not(&w, &u.scenario, cat);
            let plan = w.outcome.and_then(|o| cat.plan(o.plan.as_str()));
            let lv = plan
                .map(|p| levers(p, &u.scenario, cat))
                .unwrap_or_default();
            let href = w.outcome.map(|o| {
                let mut to = u.clone();
                to.page = Page::Compare;
                to.pinned = Some(o.plan.clone());
                to.hidden.remove(o.plan.as_str());
                format!("?{}", encode(&to))
            });
            OutcomeModel {
                walk: w,
                why,
                levers: lv,
                href,
                scenario: u.scenario.clone(),
            }
        })
    })
}

/// The recommendation, why, why not the others, and the link to the comparison.
#[component]
pub fn OutcomePanel() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    let model = outcome_model(st, ctx);
    let body = move || {
        let Some(m) = model.get() else {
            return ().into_any();
        };
        let lang = lang.get();
        let cat = st.catalog;
        match m.walk.outcome {
            Some(outcome) => outcome_view(&m, outcome, cat, lang).into_any(),
            None => pending_view(&m.walk, lang).into_any(),
        }
    };
    // a short live message (the panel itself is re-rendered whole on every change)
    let announce = move || {
        let lang = lang.get();
        let cat = st.catalog;
        model.with(|m| {
            let m = m.as_ref()?;
            Some(match m.walk.outcome {
                Some(o) => because_text(lang, &m.walk, &plan_name(cat, o.plan.as_str(), lang)),
                None => tr(
                    lang,
                    "还没有推荐：还有问题要回答。",
                    "No recommendation yet: a question needs your answer.",
                )
                .to_string(),
            })
        })
    };
    view! {
        <div class="outcome-wrap">
            <p class="sr-only" role="status" aria-live="polite">{announce}</p>
            {body}
        </div>
    }
}

/// No outcome yet: the question the scenario cannot answer.
fn pending_view(walk: &Walk<'static>, lang: Lang) -> impl IntoView {
    let waiting = walk
        .pending()
        .map(|n| pick(lang, &n.question).to_string())
        .unwrap_or_default();
    view! {
        <section class="outcome-panel pending" data-testid="decision-outcome" aria-labelledby=OUTCOME_ID>
            <h3 id=OUTCOME_ID tabindex="-1">{tr(lang, "还没有推荐", "No recommendation yet")}</h3>
            <p>{tr(lang, "场景回答不了下面这个问题，请你来回答：", "The scenario cannot answer this question; please do:")}</p>
            <p class="waiting">{waiting}</p>
        </section>
    }
}

/// The recommended plan: why, its facts, the link, why not the others and the levers.
fn outcome_view(m: &OutcomeModel, outcome: &Outcome, cat: &Catalog, lang: Lang) -> impl IntoView {
    let (cur, fx) = view_currency(&m.scenario);
    let name = plan_name(cat, outcome.plan.as_str(), lang);
    let because = because_text(lang, &m.walk, &name);
    let facts = m
        .why
        .as_ref()
        .map(|(mine, _)| facts_view(mine, lang, cur, fx));
    let others = m.why.as_ref().map(|(mine, others)| {
        others
            .iter()
            .map(|w| {
                view! {
                    <li data-testid=format!("why-not-{}", w.facts.plan.as_str())>
                        {why_not_text(lang, w, mine, &m.scenario, m.walk.tree, cat, (cur, fx))}
                    </li>
                }
            })
            .collect_view()
    });
    let levers_view = (!m.levers.is_empty()).then(|| levers_view(&m.levers, lang, cur, fx));
    view! {
        <section
            class="outcome-panel"
            data-testid="decision-outcome"
            data-plan=outcome.plan.0.clone()
            aria-labelledby=OUTCOME_ID
        >
            <p class="eyebrow">{tr(lang, "推荐方案", "Recommended")}</p>
            <h3 id=OUTCOME_ID tabindex="-1">{name.clone()}</h3>
            <p class="because" data-testid="decision-because">{because}</p>
            <p class="rationale">{pick(lang, &outcome.rationale).to_string()}</p>
            {facts}
            <a class="outcome-link" data-testid="outcome-link" href=m.href.clone().unwrap_or_default() rel=crate::ui::bundle::rel_to(Page::Compare)>
                {tr(lang, "在方案对比中查看（置顶并高亮）→", "Open it in the comparison, pinned and highlighted →")}
            </a>
            <h4>{tr(lang, "为什么不是其他方案", "Why not the others")}</h4>
            <ul class="why-not">{others}</ul>
            {levers_view}
        </section>
    }
}

/// The recommended plan's cost, latency, peak and privacy.
fn facts_view(mine: &PlanFacts, lang: Lang, cur: Currency, fx: Fx) -> impl IntoView {
    let latency = mine.latency_ms.map(|ms| {
        let ok = match mine.meets {
            Some(Meets::Yes) => tr(lang, "✓ 达标", "✓ meets the target"),
            Some(Meets::Maybe) => tr(lang, "≈ 可能达标", "≈ may meet the target"),
            _ => tr(lang, "✗ 超出目标", "✗ misses the target"),
        };
        view! {
            <div><dt>{tr(lang, "端到端延迟", "End-to-end latency")}</dt><dd>{format!("{} {ok}", format::duration_ms_range(ms))}</dd></div>
        }
    });
    let cost = format!(
        "{}{}",
        at_least(lang, mine.lower_bound),
        money_in(mine.usd, cur, fx)
    );
    view! {
        <dl class="outcome-facts">
            <div>
                <dt>{tr(lang, "每月（区间中点）", "Per month (midpoint)")}</dt>
                <dd data-testid="outcome-cost" data-usd=mine.usd.to_string()>{cost}</dd>
            </div>
            {latency}
            <div>
                <dt>{tr(lang, "峰值并发", "Peak")}</dt>
                <dd>{if mine.serves_peak { tr(lang, "✓ 撑得住", "✓ served") } else { tr(lang, "✗ 撑不住", "✗ not served") }}</dd>
            </div>
            {mine.privacy.map(|p| view! {
                <div><dt>{tr(lang, "隐私", "Privacy")}</dt><dd>{format!("{p}/5")}</dd></div>
            })}
        </dl>
    }
}

/// The levers that lower the plan's cost, each with its saving.
fn levers_view(levers: &[Lever], lang: Lang, cur: Currency, fx: Fx) -> impl IntoView {
    let items = levers
        .iter()
        .map(|l| {
            let saving = money_in(l.saving_usd(), cur, fx);
            view! { <li>{lever_saving(lang, l.kind, &saving, l.saving_share())}</li> }
        })
        .collect_view();
    view! {
        <h4>{tr(lang, "可以降低这个方案成本的手段（种子 003 §9.5，逐项单独计算）", "Levers that lower this plan's cost (seed 003 §9.5, each on its own)")}</h4>
        <ul class="levers" data-testid="levers">{items}</ul>
    }
}
