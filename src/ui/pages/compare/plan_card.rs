//! A plan's breakdown: its lines (quantity, unit price, subtotal range) with source, as-of
//! date, confidence and stale flag, the seed audit notes, pros and cons, and its chart.

use super::breakdown_chart::BreakdownChart;
use super::card_model::CardModel;
use super::lines_table::LinesTable;
use super::model::{use_compare, use_plans};
use crate::ui::i18n::{
    flagged_lines_text, money_text, pick, seed_audit_text, staff_audit_text, tr,
};
use crate::ui::state::AppState;
use crate::ui::widgets::near::section_ref;
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::money::MoneyRange;
use deploycalc_core::model::vocab::Lang;
use leptos::prelude::*;

/// Every shown plan's breakdown, in display order.
#[component]
pub fn Breakdowns() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let plans = use_plans(|m| m.shown().iter().map(|r| r.plan).collect());
    view! {
        <section class="breakdowns" aria-labelledby="breakdowns-title" node_ref=section_ref()>
            <h2 id="breakdowns-title">{move || tr(lang.get(), "逐项明细", "Line-by-line breakdown")}</h2>
            <For each=move || plans.get() key=|p| p.id.clone() let:plan>
                <PlanCard plan=plan />
            </For>
        </section>
    }
}

/// One plan's breakdown, collapsed until opened.
#[component]
pub fn PlanCard(plan: &'static Plan) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let cmp = use_compare();
    let model = Memo::new(move |_| {
        cmp.with(|m| {
            m.as_ref().and_then(|m| {
                m.row(plan).map(|r| CardModel {
                    row: r.clone(),
                    currencies: m.currencies.clone(),
                    fx: m.fx,
                    today: m.today,
                })
            })
        })
    });
    // open state lives in the URL (`open=` plan ids), so a shared link shows the same lines
    let open = Memo::new(move |_| st.decoded.with(|d| d.0.expanded.contains(plan.id.as_str())));
    let id = plan.id.as_str();
    let head_total = move || {
        model.get().map(|m| {
            let e = &m.row.estimate;
            money_text(lang.get(), e.monthly(m.primary()), e.is_lower_bound())
        })
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        if let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let now = el.has_attribute("open");
            if now != open.get_untracked() {
                st.commit(true, move |u| {
                    if now {
                        u.expanded.insert(plan.id.clone());
                    } else {
                        u.expanded.remove(plan.id.as_str());
                    }
                });
            }
        }
    };
    let details = move || {
        model
            .get()
            .map(|m| card_details(plan, &m, lang.get(), model))
    };
    view! {
        <details
            class="plan-card"
            id=format!("breakdown-{id}")
            data-testid=format!("breakdown-{id}")
            open=open.get_untracked()
            prop:open=move || open.get()
            on:toggle=on_toggle
        >
            <summary>
                <span class="plan-name">{move || pick(lang.get(), &plan.name).to_string()}</span>
                <span class="plan-total">{head_total}</span>
            </summary>
            <Show when=move || open.get()>
                {details}
                <BreakdownChart plan=plan model=model />
            </Show>
        </details>
    }
}

fn audit_summary(m: &CardModel, lang: Lang) -> Option<impl IntoView> {
    let a = &m.row.audit;
    let sum = a.seed_line_sum?;
    let stated = a
        .stated_total
        .as_ref()
        .map(|s| MoneyRange::new(s.value.range(), s.currency));
    let flagged = a.lines.iter().filter(|l| l.flagged).count();
    Some(view! {
        <p class="audit" data-testid=format!("audit-{}", m.row.plan.id.as_str())>
            <strong>{tr(lang, "种子核对：", "Seed audit: ")}</strong>
            {seed_audit_text(lang, stated, sum, a.catalog_total, a.catalog_is_lower_bound)}
            {(flagged > 0).then(|| format!(" · {}", flagged_lines_text(lang, flagged)))}
            {a.staff.map(|m| format!(" · {}", staff_audit_text(lang, m)))}
        </p>
    })
}

/// What an open card shows above its chart: summary, pros and cons, the seed audit, the lines.
fn card_details(
    plan: &'static Plan,
    m: &CardModel,
    lang: Lang,
    model: Memo<Option<CardModel>>,
) -> impl IntoView {
    let pros = plan
        .pros
        .iter()
        .map(|p| view! { <li>{pick(lang, p).to_string()}</li> })
        .collect_view();
    let cons = plan
        .cons
        .iter()
        .map(|p| view! { <li>{pick(lang, p).to_string()}</li> })
        .collect_view();
    let audit = audit_summary(m, lang);
    view! {
        <p class="summary">{pick(lang, &plan.summary).to_string()}</p>
        <div class="pros-cons">
            <div>
                <h4>{tr(lang, "优点", "Pros")}</h4>
                <ul class="pros">{pros}</ul>
            </div>
            <div>
                <h4>{tr(lang, "缺点", "Cons")}</h4>
                <ul class="cons">{cons}</ul>
            </div>
        </div>
        {audit}
        <LinesTable plan=plan model=model />
    }
}
