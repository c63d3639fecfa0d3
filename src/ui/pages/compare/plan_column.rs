//! One plan's column: name, pin / hide, badges, totals, and one metric a concern (seed's stated
//! total, latency, capacity, privacy, ops).

use super::model::CompareModel;
use crate::ui::i18n::{
    capacity_text, money_text, pick, seed_differs_text, seed_says_text, t, tr, Key,
};
use crate::ui::state::AppState;
use deploycalc_core::engine::compare::{Badge, PlanRow};
use deploycalc_core::engine::estimate::Meets;
use deploycalc_core::model::money::MoneyRange;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::format;
use leptos::prelude::*;

fn badge_text(lang: Lang, b: Badge) -> &'static str {
    match b {
        Badge::Cheapest => tr(lang, "最便宜", "Cheapest"),
        Badge::Fastest => tr(lang, "最快", "Fastest"),
        Badge::MostPrivate => tr(lang, "最私密", "Most private"),
    }
}

fn stars(n: f64) -> String {
    let full = n.round().clamp(0.0, 5.0) as usize;
    format!("{}{}", "★".repeat(full), "☆".repeat(5 - full))
}

/// One plan's column.
pub fn plan_column(r: &PlanRow, m: &CompareModel, lang: Lang, st: AppState) -> impl IntoView {
    let id = r.plan.id.0.clone();
    let e = &r.estimate;
    let lb = e.is_lower_bound();
    let p = m.primary();
    let yearly = money_text(lang, e.yearly(p), lb);
    let per_user = e
        .per_user(p, m.users)
        .map(format::money_range)
        .unwrap_or_else(|| "—".into());
    let badges = r
        .badges
        .iter()
        .map(|&b| {
            view! {
                <span class=format!("badge-win win-{}", b.as_str()) data-testid=format!("badge-{id}-{}", b.as_str())>
                    {badge_text(lang, b)}
                </span>
            }
        })
        .collect_view();
    let pinned = m.pinned.as_ref().map(|p| p.as_str()) == Some(id.as_str());
    view! {
        <div
            class=if pinned { "plan-col pinned" } else { "plan-col" }
            role="listitem"
            data-testid=format!("plan-{id}")
            aria-labelledby=format!("plan-title-{id}")
        >
            {column_head(r, pinned, lang, st)}
            <p class="summary">{pick(lang, &r.plan.summary).to_string()}</p>
            <p class="badges">{badges}</p>
            <dl class="metrics">
                <div class="metric total">
                    <dt>{t(lang, Key::MonthlyTotal)}</dt>
                    <dd>{totals(r, m, lang)}</dd>
                </div>
                <div class="metric">
                    <dt>{tr(lang, "每年 / 每用户每月", "Per year / per user per month")}</dt>
                    <dd>
                        <span data-testid=format!("yearly-{id}")>{yearly}</span>
                        " · "
                        <span data-testid=format!("per-user-{id}")>{per_user}</span>
                    </dd>
                </div>
                {seed_metric(r, lang)}
                {latency_metric(r, lang)}
                {capacity_metric(r, lang)}
                {rating_metrics(r, lang)}
            </dl>
            <a class="to-breakdown" href=format!("#breakdown-{id}") data-testid=format!("to-breakdown-{id}")>
                {tr(lang, "查看明细 ↓", "See the breakdown ↓")}
            </a>
        </div>
    }
}

/// The monthly total in each currency shown.
fn totals(r: &PlanRow, m: &CompareModel, lang: Lang) -> impl IntoView {
    let (id, e) = (r.plan.id.as_str(), &r.estimate);
    let lb = e.is_lower_bound();
    m.currencies
        .iter()
        .map(|&c| {
            let t0 = e.monthly(c);
            view! {
                <strong
                    class="amount"
                    data-testid=format!("total-{id}")
                    data-low=t0.low.to_string()
                    data-high=t0.high.to_string()
                    data-currency=c.as_str()
                    data-lower-bound=lb.to_string()
                >
                    {money_text(lang, t0, lb)}
                </strong>
            }
        })
        .collect_view()
}

/// The seed's stated total, flagged when the catalog differs by more than 10 %.
fn seed_metric(r: &PlanRow, lang: Lang) -> Option<impl IntoView> {
    let id = r.plan.id.as_str();
    r.audit.stated_total.as_ref().map(|s| {
        let stated = MoneyRange::new(s.value.range(), s.currency);
        let diff = r.audit.catalog_vs_stated;
        view! {
            <div class=if r.seed_differs { "metric seed-differs" } else { "metric" } data-testid=format!("seed-{id}")>
                <dt>{tr(lang, "种子写的总额", "Seed's stated total")}</dt>
                <dd>
                    {format::money_range(stated)}
                    {r.seed_differs.then(|| view! {
                        <span class="warn">
                            {format!(" {}", seed_differs_text(lang, diff))}
                        </span>
                    })}
                </dd>
            </div>
        }
    })
}

/// End-to-end latency against the target.
fn latency_metric(r: &PlanRow, lang: Lang) -> Option<impl IntoView> {
    let id = r.plan.id.as_str();
    r.estimate.latency.as_ref().map(|l| {
        let (cls, word) = match l.meets {
            Meets::Yes => ("ok", tr(lang, "✓ 达标", "✓ meets target")),
            Meets::Maybe => ("maybe", tr(lang, "≈ 可能达标", "≈ may meet target")),
            Meets::No => ("bad", tr(lang, "✗ 超出目标", "✗ misses target")),
        };
        view! {
            <div class="metric">
                <dt>{t(lang, Key::Latency)}</dt>
                <dd data-testid=format!("latency-{id}") data-ms=l.total_ms.high.to_string()>
                    {format::duration_ms_range(l.total_ms)} " "
                    <span class=format!("meets {cls}")>{word}</span>
                    {l.stated_ms.map(|s| view! {
                        <span class="sub">{format!(" ({})", seed_says_text(lang, &format::duration_ms_range(s)))}</span>
                    })}
                </dd>
            </div>
        }
    })
}

/// Units needed for the peak, or why the plan cannot serve it.
fn capacity_metric(r: &PlanRow, lang: Lang) -> Option<impl IntoView> {
    let id = r.plan.id.as_str();
    r.estimate.capacity.as_ref().map(|c| {
        let text = capacity_text(lang, c);
        view! {
            <div class="metric">
                <dt>{tr(lang, "容量 / 峰值并发", "Capacity vs peak")}</dt>
                <dd data-testid=format!("capacity-{id}")>{text}</dd>
            </div>
        }
    })
}

/// Privacy (stars) and ops effort (mean of 1 easy … 5 hard).
fn rating_metrics(r: &PlanRow, lang: Lang) -> impl IntoView {
    let id = r.plan.id.as_str();
    let privacy = r.plan.privacy.as_ref().map(|pv| {
        view! {
            <div class="metric">
                <dt>{t(lang, Key::Privacy)}</dt>
                <dd data-testid=format!("privacy-{id}") aria-label=format!("{}/5", pv.rating)>
                    <span aria-hidden="true">{stars(f64::from(pv.rating))}</span>
                    {format!(" {}/5", pv.rating)}
                </dd>
            </div>
        }
    });
    let ops = r.plan.ops.as_ref().and_then(|o| o.mean()).map(|mean| {
        view! {
            <div class="metric">
                <dt>{tr(lang, "运维工作量（1 易 – 5 难）", "Ops effort (1 easy – 5 hard)")}</dt>
                <dd data-testid=format!("ops-{id}")>{format::number(mean, 1)}</dd>
            </div>
        }
    });
    (privacy, ops)
}

/// The plan's name with its pin and hide buttons.
fn column_head(r: &PlanRow, pinned: bool, lang: Lang, st: AppState) -> impl IntoView {
    let id = r.plan.id.0.clone();
    let (id_pin, id_hide) = (id.clone(), id.clone());
    view! {
            <header class="plan-col-head">
                <h3 id=format!("plan-title-{id}")>{pick(lang, &r.plan.name).to_string()}</h3>
                <div class="plan-actions">
                    <button
                        type="button"
                        class="icon-btn"
                        data-testid=format!("pin-{id}")
                        aria-pressed=pinned.to_string()
                        on:click=move |_| {
                            let id = id_pin.clone();
                            st.commit(true, move |u| {
                                u.pinned = if u.pinned.as_ref().map(|p| p.as_str()) == Some(id.as_str()) { None } else { Some(id.into()) };
                            })
                        }
                    >
                        {if pinned { tr(lang, "取消固定", "Unpin") } else { tr(lang, "固定到最前", "Pin first") }}
                    </button>
                    <button
                        type="button"
                        class="icon-btn"
                        data-testid=format!("hide-{id}")
                        on:click=move |_| {
                            let id = id_hide.clone();
                            st.commit(true, move |u| {
                                if u.pinned.as_ref().map(|p| p.as_str()) == Some(id.as_str()) {
                                    u.pinned = None;
                                }
                                u.hidden.insert(id.into());
                            })
                        }
                    >
                        {tr(lang, "隐藏", "Hide")}
                    </button>
                </div>
            </header>
    }
}
