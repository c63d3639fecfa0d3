//! One plan's column: name, pin / hide, badges, totals, and one metric a concern (seed's stated
//! total, latency, capacity, privacy, ops).

use super::model::{use_compare, CompareModel};
use crate::ui::i18n::{
    capacity_text, money_text, pick, seed_differs_text, seed_says_text, t, tr, Key,
};
use crate::ui::state::AppState;
use deploycalc_core::engine::compare::{Badge, PlanRow};
use deploycalc_core::engine::estimate::Meets;
use deploycalc_core::model::catalog::plan::Plan;
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

/// What one column shows that can change with the scenario, as text: derived in one memo
/// from the comparison (and the language), and split into a memo a part, so that an input
/// updates only the text nodes whose text changed. Rebuilding a whole column costs far more:
/// with `erase_components` every rebuilt element removes and sets again each attribute.
#[derive(Clone, Debug, PartialEq)]
struct ColumnText {
    pinned: bool,
    /// (currency code, low, high, the amount as text) a currency shown, primary first.
    totals: Vec<(&'static str, f64, f64, String)>,
    lower_bound: bool,
    yearly: String,
    per_user: String,
    badges: Vec<Badge>,
    seed: Option<SeedText>,
    latency: Option<LatencyText>,
    capacity: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
struct SeedText {
    stated: String,
    /// The difference, when it is flagged.
    differs: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
struct LatencyText {
    high_ms: f64,
    range: String,
    meets: Meets,
    stated: Option<String>,
}

fn column_text(r: &PlanRow, m: &CompareModel, lang: Lang) -> ColumnText {
    let e = &r.estimate;
    let lb = e.is_lower_bound();
    let p = m.primary();
    ColumnText {
        pinned: m.pinned.as_ref().map(|p| p.as_str()) == Some(r.plan.id.as_str()),
        totals: m
            .currencies
            .iter()
            .map(|&c| {
                let t0 = e.monthly(c);
                (c.as_str(), t0.low, t0.high, money_text(lang, t0, lb))
            })
            .collect(),
        lower_bound: lb,
        yearly: money_text(lang, e.yearly(p), lb),
        per_user: e
            .per_user(p, m.users)
            .map(format::money_range)
            .unwrap_or_else(|| "—".into()),
        badges: r.badges.clone(),
        seed: r.audit.stated_total.as_ref().map(|s| SeedText {
            stated: format::money_range(MoneyRange::new(s.value.range(), s.currency)),
            differs: r
                .seed_differs
                .then(|| format!(" {}", seed_differs_text(lang, r.audit.catalog_vs_stated))),
        }),
        latency: e.latency.as_ref().map(|l| LatencyText {
            high_ms: l.total_ms.high,
            range: format::duration_ms_range(l.total_ms),
            meets: l.meets,
            stated: l
                .stated_ms
                .map(|s| format!(" ({})", seed_says_text(lang, &format::duration_ms_range(s)))),
        }),
        capacity: e.capacity.as_ref().map(|c| capacity_text(lang, c)),
    }
}

/// One plan's column. Its structure is built once; the figures are text that follows the
/// comparison (see [`ColumnText`]).
#[component]
pub fn PlanColumn(plan: &'static Plan) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let cmp = use_compare();
    let text = Memo::new(move |_| {
        let lang = lang.get();
        cmp.with(|m| {
            let m = m.as_ref()?;
            let r = m.row(plan)?;
            Some(column_text(r, m, lang))
        })
    });
    // one memo a part: a part is redrawn only when its own text changes
    let part = move |f: fn(&ColumnText) -> String| {
        let m = Memo::new(move |_| text.with(|t| t.as_ref().map(f).unwrap_or_default()));
        move || m.get()
    };
    let pinned = Memo::new(move |_| text.with(|t| t.as_ref().is_some_and(|t| t.pinned)));
    let badges = Memo::new(move |_| text.with(|t| t.as_ref().map(|t| t.badges.clone())));
    let totals =
        Memo::new(move |_| text.with(|t| t.as_ref().map(|t| (t.totals.clone(), t.lower_bound))));
    let seed = Memo::new(move |_| text.with(|t| t.as_ref().and_then(|t| t.seed.clone())));
    let latency = Memo::new(move |_| text.with(|t| t.as_ref().and_then(|t| t.latency.clone())));
    let capacity = Memo::new(move |_| text.with(|t| t.as_ref().and_then(|t| t.capacity.clone())));
    let id = plan.id.as_str();
    view! {
        <div
            class=move || if pinned.get() { "plan-col pinned" } else { "plan-col" }
            role="listitem"
            data-testid=format!("plan-{id}")
            aria-labelledby=format!("plan-title-{id}")
        >
            <ColumnHead plan=plan pinned=pinned />
            <p class="summary">{move || pick(lang.get(), &plan.summary).to_string()}</p>
            <p class="badges">{move || badges_view(id, badges.get().unwrap_or_default(), lang.get())}</p>
            <dl class="metrics">
                <div class="metric total">
                    <dt>{move || t(lang.get(), Key::MonthlyTotal)}</dt>
                    <dd>{move || totals.get().map(|(ts, lb)| totals_view(id, ts, lb))}</dd>
                </div>
                <div class="metric">
                    <dt>{move || tr(lang.get(), "每年 / 每用户每月", "Per year / per user per month")}</dt>
                    <dd>
                        <span data-testid=format!("yearly-{id}")>{part(|t| t.yearly.clone())}</span>
                        " · "
                        <span data-testid=format!("per-user-{id}")>{part(|t| t.per_user.clone())}</span>
                    </dd>
                </div>
                {move || seed.get().map(|s| seed_metric(id, s, lang.get()))}
                {move || latency.get().map(|l| latency_metric(id, l, lang.get()))}
                {move || capacity.get().map(|c| capacity_metric(id, c, lang.get()))}
                {move || rating_metrics(plan, lang.get())}
            </dl>
            <a class="to-breakdown" href=format!("#breakdown-{id}") data-testid=format!("to-breakdown-{id}")>
                {move || tr(lang.get(), "查看明细 ↓", "See the breakdown ↓")}
            </a>
        </div>
    }
}

fn badges_view(id: &str, badges: Vec<Badge>, lang: Lang) -> impl IntoView {
    badges
        .into_iter()
        .map(|b| {
            view! {
                <span class=format!("badge-win win-{}", b.as_str()) data-testid=format!("badge-{id}-{}", b.as_str())>
                    {badge_text(lang, b)}
                </span>
            }
        })
        .collect_view()
}

/// The monthly total in each currency shown.
fn totals_view(id: &str, totals: Vec<(&'static str, f64, f64, String)>, lb: bool) -> impl IntoView {
    totals
        .into_iter()
        .map(|(c, low, high, text)| {
            view! {
                <strong
                    class="amount"
                    data-testid=format!("total-{id}")
                    data-low=low.to_string()
                    data-high=high.to_string()
                    data-currency=c
                    data-lower-bound=lb.to_string()
                >
                    {text}
                </strong>
            }
        })
        .collect_view()
}

/// The seed's stated total, flagged when the catalog differs by more than 10 %.
fn seed_metric(id: &str, s: SeedText, lang: Lang) -> impl IntoView {
    let class = if s.differs.is_some() {
        "metric seed-differs"
    } else {
        "metric"
    };
    view! {
        <div class=class data-testid=format!("seed-{id}")>
            <dt>{tr(lang, "种子写的总额", "Seed's stated total")}</dt>
            <dd>
                {s.stated}
                {s.differs.map(|d| view! { <span class="warn">{d}</span> })}
            </dd>
        </div>
    }
}

/// End-to-end latency against the target.
fn latency_metric(id: &str, l: LatencyText, lang: Lang) -> impl IntoView {
    let (cls, word) = match l.meets {
        Meets::Yes => ("ok", tr(lang, "✓ 达标", "✓ meets target")),
        Meets::Maybe => ("maybe", tr(lang, "≈ 可能达标", "≈ may meet target")),
        Meets::No => ("bad", tr(lang, "✗ 超出目标", "✗ misses target")),
    };
    view! {
        <div class="metric">
            <dt>{t(lang, Key::Latency)}</dt>
            <dd data-testid=format!("latency-{id}") data-ms=l.high_ms.to_string()>
                {l.range} " "
                <span class=format!("meets {cls}")>{word}</span>
                {l.stated.map(|s| view! { <span class="sub">{s}</span> })}
            </dd>
        </div>
    }
}

/// Units needed for the peak, or why the plan cannot serve it.
fn capacity_metric(id: &str, text: String, lang: Lang) -> impl IntoView {
    view! {
        <div class="metric">
            <dt>{tr(lang, "容量 / 峰值并发", "Capacity vs peak")}</dt>
            <dd data-testid=format!("capacity-{id}")>{text}</dd>
        </div>
    }
}

/// Privacy (stars) and ops effort (mean of 1 easy … 5 hard).
fn rating_metrics(plan: &'static Plan, lang: Lang) -> impl IntoView {
    let id = plan.id.as_str();
    let privacy = plan.privacy.as_ref().map(|pv| {
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
    let ops = plan.ops.as_ref().and_then(|o| o.mean()).map(|mean| {
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
#[component]
fn ColumnHead(plan: &'static Plan, pinned: Memo<bool>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let id = plan.id.as_str();
    let pin = move |_| {
        st.commit(true, move |u| {
            u.pinned = if u.pinned.as_ref().map(|p| p.as_str()) == Some(id) {
                None
            } else {
                Some(plan.id.clone())
            };
        })
    };
    let hide = move |_| {
        st.commit(true, move |u| {
            if u.pinned.as_ref().map(|p| p.as_str()) == Some(id) {
                u.pinned = None;
            }
            u.hidden.insert(plan.id.clone());
        })
    };
    view! {
        <header class="plan-col-head">
            <h3 id=format!("plan-title-{id}")>{move || pick(lang.get(), &plan.name).to_string()}</h3>
            <div class="plan-actions">
                <button
                    type="button"
                    class="icon-btn"
                    data-testid=format!("pin-{id}")
                    aria-pressed=move || pinned.get().to_string()
                    on:click=pin
                >
                    {move || if pinned.get() { tr(lang.get(), "取消固定", "Unpin") } else { tr(lang.get(), "固定到最前", "Pin first") }}
                </button>
                <button type="button" class="icon-btn" data-testid=format!("hide-{id}") on:click=hide>
                    {move || tr(lang.get(), "隐藏", "Hide")}
                </button>
            </div>
        </header>
    }
}
