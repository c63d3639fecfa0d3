use crate::domain::estimate::{estimate, Estimate, LineEstimate};
use crate::domain::format;
use crate::domain::money::{Currency, Fx, MoneyRange};
use crate::domain::plan::Plan;
use crate::domain::share::Lang;
use crate::ui::components::chart::BreakdownChart;
use crate::ui::i18n::{pick, t, Key};
use crate::ui::state::AppState;
use leptos::prelude::*;

fn money_text(r: MoneyRange, lower_bound: bool, lang: Lang) -> String {
    let s = format::money_range(r);
    if lower_bound {
        format!("{} {s}", t(lang, Key::AtLeast))
    } else {
        s
    }
}

/// One plan: its totals in the chosen currencies, its lines and its chart.
#[component]
pub fn PlanCard(plan: &'static Plan) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let est = Memo::new(move |_| {
        let s = st.scenario.get();
        st.catalog.as_ref().ok().map(|c| estimate(plan, &s, c))
    });
    let currencies = move || st.scenario.with(|s| s.currency.currencies().to_vec());
    let totals = move || {
        let Some(e) = est.get() else {
            return ().into_any();
        };
        let users = st.scenario.with(|s| s.users);
        let lang = lang.get();
        currencies()
            .into_iter()
            .map(|c| total_block(plan, &e, c, users, lang))
            .collect_view()
            .into_any()
    };
    let seed_note = move || {
        plan.seed_total.as_ref().map(|s| {
            let r = MoneyRange::new(s.value.range(), s.currency);
            view! {
                <p class="seed-note" data-testid=format!("seed-total-{}", plan.id.as_str())>
                    {move || t(lang.get(), Key::SeedStates)} ": " {format::money_range(r)}
                </p>
            }
        })
    };
    view! {
        <article class="plan-card" data-testid=format!("plan-{}", plan.id.as_str())>
            <h2>{move || pick(lang.get(), &plan.name).to_string()}</h2>
            <p class="summary">{move || pick(lang.get(), &plan.summary).to_string()}</p>
            <div class="totals">{totals}</div>
            {seed_note}
            <LinesTable plan=plan est=est />
            <BreakdownChart plan=plan est=est />
        </article>
    }
}

fn total_block(plan: &Plan, e: &Estimate, c: Currency, users: f64, lang: Lang) -> impl IntoView {
    let m = e.monthly(c);
    let lb = e.is_lower_bound();
    let per_user = e
        .per_user(c, users)
        .map(|p| format::money_range(p))
        .unwrap_or_else(|| "—".into());
    view! {
        <div class="total">
            <span class="label">{t(lang, Key::MonthlyTotal)}</span>
            <strong
                class="amount"
                data-testid=format!("total-{}", plan.id.as_str())
                data-low=m.low.to_string()
                data-high=m.high.to_string()
                data-currency=c.as_str()
            >
                {money_text(m, lb, lang)}
            </strong>
            <span class="sub">
                {format::money_range(e.yearly(c))} " " {t(lang, Key::Yearly)} " · " {per_user} " "
                {t(lang, Key::PerUser)}
            </span>
        </div>
    }
}

#[component]
fn LinesTable(plan: &'static Plan, est: Memo<Option<Estimate>>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let rows = move || {
        let Some(e) = est.get() else {
            return Vec::new();
        };
        let lang = lang.get();
        let fx = Fx::new(st.scenario.with(|s| s.fx_rate));
        let view_cur = st.scenario.with(|s| s.currency.currencies()[0]);
        e.lines
            .iter()
            .map(|l| line_row(plan, l, lang, fx, view_cur).into_any())
            .collect::<Vec<_>>()
    };
    view! {
        <table class="lines" aria-describedby=format!("chart-{}", plan.id.as_str())>
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
    }
}

fn line_row(
    plan: &Plan,
    l: &LineEstimate,
    lang: Lang,
    fx: Fx,
    view_cur: Currency,
) -> impl IntoView {
    let label = plan
        .lines
        .get(l.index)
        .map(|t| pick(lang, &t.label).to_string())
        .unwrap_or_default();
    let qty = if l.quantity.is_point() {
        format::number(
            l.quantity.low,
            if l.quantity.low.fract() == 0.0 { 0 } else { 2 },
        )
    } else {
        format!(
            "{}–{}",
            format::number(l.quantity.low, 0),
            format::number(l.quantity.high, 0)
        )
    };
    let unit_price = l
        .unit_price
        .map(|u| format!("{} / {}", format::money_range(u), l.unit.as_str()))
        .unwrap_or_else(|| t(lang, Key::Unknown).to_string());
    let subtotal = l
        .subtotal
        .map(|s| format::money_range(s.to(view_cur, fx)))
        .unwrap_or_else(|| t(lang, Key::Unknown).to_string());
    let source = l.source.clone();
    view! {
        <tr data-testid=format!("line-{}-{}", plan.id.as_str(), l.index)>
            <th scope="row">{label}</th>
            <td class="num">{qty}</td>
            <td class="num">{unit_price}</td>
            <td class="num">{subtotal}</td>
            <td class="src">
                <span class=format!("badge conf-{}", l.confidence.as_str())>{l.confidence.as_str()}</span>
                " " <span title=source.clone()>{l.as_of.to_string()}</span>
            </td>
        </tr>
    }
}
