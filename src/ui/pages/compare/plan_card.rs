//! A plan's breakdown: its lines (quantity, unit price, subtotal range) with source, as-of
//! date, confidence and stale flag, the seed audit notes, pros and cons, and its chart.

use crate::ui::i18n::{pick, purchase_text, t, tr, unit_text, Key};
use crate::ui::pages::compare::table::{money_text, use_compare};
use crate::ui::state::AppState;
use crate::ui::widgets::chart::BreakdownChart;
use deploycalc_core::engine::audit::LineAudit;
use deploycalc_core::engine::compare::PlanRow;
use deploycalc_core::engine::estimate::{LineEstimate, LineState};
use deploycalc_core::engine::purchase::Adjustment;
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::money::{Currency, Fx, MoneyRange};
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::catalog_table::{is_stale, source_url};
use deploycalc_core::report::format;
use leptos::prelude::*;

/// What one breakdown shows, derived in one memo from the comparison. Render closures read
/// this memo (and the language) but never also its sources: a closure that reads a memo
/// together with one of that memo's own sources can miss an update in leptos 0.8.
#[derive(Clone, Debug, PartialEq)]
pub struct CardModel {
    pub row: PlanRow,
    /// Currencies to show, primary first.
    pub currencies: Vec<Currency>,
    pub fx: Fx,
    pub today: deploycalc_core::model::catalog::Date,
}

impl CardModel {
    pub fn primary(&self) -> Currency {
        self.currencies.first().copied().unwrap_or(Currency::Usd)
    }
}

/// Every shown plan's breakdown, in display order.
#[component]
pub fn Breakdowns() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let model = use_compare();
    let plans = Memo::new(move |_| {
        model.with(|m| {
            m.as_ref()
                .map(|m| {
                    m.shown()
                        .iter()
                        .map(|r| r.plan)
                        .collect::<Vec<&'static Plan>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section class="breakdowns" aria-labelledby="breakdowns-title">
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
                m.rows
                    .iter()
                    .find(|r| r.plan.id == plan.id)
                    .map(|r| CardModel {
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
            money_text(e.monthly(m.primary()), e.is_lower_bound(), lang.get())
        })
    };
    let details = move || {
        let m = model.get()?;
        let lang = lang.get();
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
        let audit = audit_summary(&m, lang);
        Some(view! {
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
        })
    };
    view! {
        <details
            class="plan-card"
            id=format!("breakdown-{id}")
            data-testid=format!("breakdown-{id}")
            prop:open=move || open.get()
            on:toggle=move |ev| {
                use wasm_bindgen::JsCast;
                if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
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
            }
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
        .map(|s| format::money_range(MoneyRange::new(s.value.range(), s.currency)))
        .unwrap_or_else(|| "—".into());
    let flagged = a.lines.iter().filter(|l| l.flagged).count();
    Some(view! {
        <p class="audit" data-testid=format!("audit-{}", m.row.plan.id.as_str())>
            <strong>{tr(lang, "种子核对：", "Seed audit: ")}</strong>
            {format!(
                "{} {} · {} {} · {} {}",
                tr(lang, "种子总额", "stated"),
                stated,
                tr(lang, "种子各项之和", "sum of the seed's lines"),
                format::money_range(sum),
                tr(lang, "按目录价", "at catalog prices"),
                money_text(a.catalog_total, a.catalog_is_lower_bound, lang),
            )}
            {(flagged > 0).then(|| format!(
                " · {} {}",
                flagged,
                tr(lang, "项与种子相差超过 10%", "line(s) differ from the seed by more than 10%")
            ))}
        </p>
    })
}

#[component]
fn LinesTable(plan: &'static Plan, model: Memo<Option<CardModel>>) -> impl IntoView {
    let lang = AppState::expect().lang;
    let rows = move || {
        let Some(m) = model.get() else {
            return Vec::new();
        };
        let lang = lang.get();
        m.row
            .estimate
            .lines
            .iter()
            .map(|l| {
                let audit = m.row.audit.lines.iter().find(|a| a.index == l.index);
                line_row(plan, l, audit, lang, &m).into_any()
            })
            .collect::<Vec<_>>()
    };
    view! {
        <div class="table-scroll">
            <table class="lines">
                <caption>{move || t(lang.get(), Key::Lines)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t(lang.get(), Key::Item)}</th>
                        <th scope="col" class="num">{move || t(lang.get(), Key::Quantity)}</th>
                        <th scope="col" class="num">{move || t(lang.get(), Key::UnitPrice)}</th>
                        <th scope="col" class="num">{move || t(lang.get(), Key::Subtotal)}</th>
                        <th scope="col">{move || t(lang.get(), Key::Source)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn qty_text(l: &LineEstimate) -> String {
    let digits = |x: f64| if x.fract() == 0.0 { 0 } else { 2 };
    if l.quantity.is_point() {
        format::number(l.quantity.low, digits(l.quantity.low))
    } else {
        format!(
            "{}–{}",
            format::number(l.quantity.low, digits(l.quantity.low)),
            format::number(l.quantity.high, digits(l.quantity.high))
        )
    }
}

fn adjustment_text(a: &Adjustment, lang: Lang) -> String {
    match a {
        Adjustment::Override => tr(lang, "自定义单价", "your price").into(),
        Adjustment::Purchase { option, sourced } => format!(
            "{}{}",
            purchase_text(lang, *option),
            if *sourced {
                ""
            } else {
                tr(lang, "（种子折扣）", " (seed's discount)")
            }
        ),
        Adjustment::PurchaseUnavailable { option } => format!(
            "{} {}",
            purchase_text(lang, *option),
            tr(lang, "无价格，按需计", "not priced: on demand used")
        ),
        Adjustment::Spot { share_percent, .. } => {
            format!("Spot {}%", format::number(*share_percent, 0))
        }
        Adjustment::Discount { percent } => format!(
            "{} {}%",
            tr(lang, "折扣", "discount"),
            format::number(*percent, 1)
        ),
    }
}

fn line_row(
    plan: &Plan,
    l: &LineEstimate,
    audit: Option<&LineAudit>,
    lang: Lang,
    m: &CardModel,
) -> impl IntoView {
    let tpl = plan.lines.get(l.index);
    let label = tpl
        .map(|t| pick(lang, &t.label).to_string())
        .unwrap_or_default();
    let state_tag = match l.state {
        LineState::Counted => None,
        LineState::Excluded => Some(tr(lang, "可选，未计入", "optional, not counted")),
        LineState::Owned => Some(tr(lang, "已有，计 0", "owned: counts 0")),
    };
    let unit_price = l
        .unit_price
        .map(|u| {
            format!(
                "{} / {}",
                format::unit_price_range(u),
                unit_text(lang, l.unit)
            )
        })
        .unwrap_or_else(|| t(lang, Key::Unknown).to_string());
    let adjustments = (!l.adjustments.is_empty()).then(|| {
        let words: Vec<String> = l
            .adjustments
            .iter()
            .map(|a| adjustment_text(a, lang))
            .collect();
        view! { <span class="adj">{words.join(" · ")}</span> }
    });
    let subtotal = l
        .subtotal
        .map(|s| format::money_range(s.to(m.primary(), m.fx)))
        .unwrap_or_else(|| t(lang, Key::Unknown).to_string());
    let stale = is_stale(l.as_of, m.today);
    let source = match source_url(&l.source) {
        Some(url) => view! {
            <a href=url rel="noopener noreferrer" target="_blank" title=l.source.clone()>
                {tr(lang, "来源", "source")}
            </a>
        }
        .into_any(),
        None => view! { <span class="src-text" title=l.source.clone()>{l.source.clone()}</span> }
            .into_any(),
    };
    let audit_note = audit.filter(|a| a.flagged).map(|a| {
        let reason = tpl
            .and_then(|t| t.audit_note.as_ref())
            .map(|n| pick(lang, n).to_string());
        let catalog = a
            .catalog
            .map(format::money_range)
            .unwrap_or_else(|| t(lang, Key::Unknown).to_string());
        view! {
            <p class="audit-note">
                {format!(
                    "⚠ {} {} · {} {}{}",
                    tr(lang, "种子写", "seed says"),
                    format::money_range(a.seed),
                    tr(lang, "目录价", "catalog"),
                    catalog,
                    a.diff.map(|d| format!(" ({:+.0}%)", d * 100.0)).unwrap_or_default()
                )}
                {reason.map(|r| view! { <br /> <span>{r}</span> })}
            </p>
        }
    });
    view! {
        <tr data-testid=format!("line-{}-{}", plan.id.as_str(), l.index) class=match l.state {
            LineState::Counted => "",
            LineState::Excluded => "excluded",
            LineState::Owned => "owned",
        }>
            <th scope="row">
                {label}
                {state_tag.map(|s| view! { <span class="tag">{s}</span> })}
                {audit_note}
            </th>
            <td class="num">{qty_text(l)} " " <span class="unit">{unit_text(lang, l.unit)}</span></td>
            <td class="num">{unit_price} {adjustments}</td>
            <td class="num">{subtotal}</td>
            <td class="src">
                <span class=format!("badge conf-{}", l.confidence.as_str())>{l.confidence.as_str()}</span>
                " " {source} " " <span class="asof">{l.as_of.to_string()}</span>
                {stale.then(|| view! { <span class="badge stale">{tr(lang, "过期", "stale")}</span> })}
            </td>
        </tr>
    }
}
