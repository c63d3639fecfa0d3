use crate::domain::estimate::{estimate, Estimate, LineEstimate};
use crate::domain::format;
use crate::domain::money::{Currency, Fx, MoneyRange};
use crate::domain::plan::Plan;
use crate::domain::share::Lang;
use crate::ui::components::chart::BreakdownChart;
use crate::ui::i18n::{pick, t, unit_text, Key};
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

/// Everything a plan card shows, derived in one memo. Render closures read this memo (and
/// the language) but never also the scenario it comes from: a closure that reads a memo
/// together with one of that memo's own sources can miss an update in leptos 0.8.
#[derive(Clone, Debug, PartialEq)]
pub struct CardModel {
    pub est: Estimate,
    pub users: f64,
    /// Currencies to show, primary first.
    pub currencies: Vec<Currency>,
    pub fx: Fx,
}

impl CardModel {
    pub fn primary(&self) -> Currency {
        self.currencies.first().copied().unwrap_or(Currency::Usd)
    }
}

/// One plan: its totals in the chosen currencies, its lines and its chart.
#[component]
pub fn PlanCard(plan: &'static Plan) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let model = Memo::new(move |_| {
        let s = st.scenario.get();
        st.catalog.as_ref().ok().map(|c| CardModel {
            est: estimate(plan, &s, c),
            users: s.users,
            currencies: s.currency.currencies().to_vec(),
            fx: Fx::new(s.fx_rate),
        })
    });
    let totals = move || {
        let Some(m) = model.get() else {
            return ().into_any();
        };
        let lang = lang.get();
        m.currencies
            .iter()
            .map(|&c| total_block(plan, &m.est, c, m.users, lang))
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
            <LinesTable plan=plan model=model />
            <BreakdownChart plan=plan model=model />
        </article>
    }
}

fn total_block(plan: &Plan, e: &Estimate, c: Currency, users: f64, lang: Lang) -> impl IntoView {
    let m = e.monthly(c);
    let lb = e.is_lower_bound();
    let per_user = e
        .per_user(c, users)
        .map(format::money_range)
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
fn LinesTable(plan: &'static Plan, model: Memo<Option<CardModel>>) -> impl IntoView {
    let lang = AppState::expect().lang;
    let rows = move || {
        let Some(m) = model.get() else {
            return Vec::new();
        };
        let lang = lang.get();
        m.est
            .lines
            .iter()
            .map(|l| line_row(plan, l, lang, m.fx, m.primary()).into_any())
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
        .map(|u| {
            format!(
                "{} / {}",
                format::unit_price_range(u),
                unit_text(lang, l.unit)
            )
        })
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
