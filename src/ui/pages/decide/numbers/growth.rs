//! The growth timeline: the cheapest plan that fits month by month, and when to migrate.

use super::{tree_memo, tree_plans};
use crate::ui::i18n::{reject_text, tr};
use crate::ui::pages::compare::scenario_form::DEBOUNCE;
use crate::ui::pages::decide::{money_in, per_month, plan_name, view_currency};
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::engine::analysis::{
    check_path, growth, GrowthInput, PathCheck, PathGap, Timeline,
};
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::scenario::parse_bounded;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::decide_chart::{growth_chart, DecideChartText};
use deploycalc_core::report::format;
use deploycalc_core::url::DecideField;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
struct GrowthModel {
    input: GrowthInput,
    plans: Vec<&'static Plan>,
    timeline: Timeline,
    check: Option<PathCheck>,
    seed: String,
    cur: Currency,
    fx: Fx,
}

fn gap_text(lang: Lang, g: &PathGap, months: usize) -> String {
    match (g, lang) {
        (
            PathGap::NeverFits {
                capacity,
                latency,
                privacy,
            },
            Lang::Zh,
        ) => {
            let mut why = Vec::new();
            if *latency > 0 {
                why.push(format!("{latency}/{months} 个月达不到延迟目标"));
            }
            if *capacity > 0 {
                why.push(format!("{capacity}/{months} 个月撑不住峰值"));
            }
            if *privacy > 0 {
                why.push(format!("{privacy}/{months} 个月隐私不够"));
            }
            format!("任何月份都不满足约束（{}）", why.join("，"))
        }
        (
            PathGap::NeverFits {
                capacity,
                latency,
                privacy,
            },
            Lang::En,
        ) => {
            let mut why = Vec::new();
            if *latency > 0 {
                why.push(format!(
                    "misses the latency target in {latency} of {months} months"
                ));
            }
            if *capacity > 0 {
                why.push(format!(
                    "cannot serve the peak in {capacity} of {months} months"
                ));
            }
            if *privacy > 0 {
                why.push(format!(
                    "is not private enough in {privacy} of {months} months"
                ));
            }
            format!("never fits ({})", why.join("; "))
        }
        (PathGap::NeverCheapest { fit_months }, Lang::Zh) => {
            format!("有 {fit_months} 个月满足约束，但总有更便宜的方案")
        }
        (PathGap::NeverCheapest { fit_months }, Lang::En) => {
            format!("fits in {fit_months} months but a cheaper plan always fits too")
        }
        (PathGap::Passed { cheapest_months }, Lang::Zh) => {
            format!("有 {cheapest_months} 个月最便宜，但那时路径已经迁走（不回头）")
        }
        (PathGap::Passed { cheapest_months }, Lang::En) => {
            format!("is the cheapest in {cheapest_months} months, after the path had moved on (no moving back)")
        }
        (PathGap::NotCompared, Lang::Zh) => "不在比较范围内".into(),
        (PathGap::NotCompared, Lang::En) => "is not compared here".into(),
    }
}

/// Users growing month by month: the cheapest plan that fits, when to migrate, and the
/// cumulative cost of the path against staying on one plan.
#[component]
pub fn GrowthPanel() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let model = tree_memo(move |cat, u, tree| {
        let s = &u.scenario;
        // the inputs in the URL (`gu`, `gr`, `gm`, `gl`, `gp`), else the tree's defaults
        let input = u.decide.growth(tree.workload);
        let plans = tree_plans(cat, tree);
        let timeline = growth(s, cat, &plans, &input);
        let check = tree
            .migration_path
            .as_ref()
            .map(|mp| check_path(&mp.plans, &timeline));
        let (cur, fx) = view_currency(s);
        Some(GrowthModel {
            input,
            plans,
            timeline,
            check,
            seed: tree.seed.clone(),
            cur,
            fx,
        })
    });
    // Writes one change to the URL: `push` for a deliberate step (a checkbox), else the
    // current entry is replaced (typing).
    let update = move |push: bool, f: &dyn Fn(&mut GrowthInput)| {
        st.commit(push, |u| {
            let w = u.decide.tree_workload(u.scenario.workload);
            let mut i = u.decide.growth(w);
            f(&mut i);
            u.decide.set_growth(w, &i);
        });
    };
    let num_input = move |id: &'static str,
                          zh: &'static str,
                          en: &'static str,
                          field: DecideField,
                          get: fn(&GrowthInput) -> f64,
                          set: fn(&mut GrowthInput, f64)| {
        let (bounds, whole) = field.bounds().unwrap_or(((0.0, f64::MAX), false));
        let current = Memo::new(move |_| model.with(|m| m.as_ref().map(|m| get(&m.input))));
        // what was typed, over which committed value, and what it parses to
        let draft: RwSignal<Option<(Option<f64>, String)>> = RwSignal::new(None);
        // dropping a Timeout cancels it: one pending commit at most
        let pending: StoredValue<Option<Timeout>, LocalStorage> = StoredValue::new_local(None);
        let typed = move || {
            let cur = current.get();
            draft.get().filter(|(base, text)| {
                *base == cur || parse_bounded(text, bounds, whole).ok() == cur
            })
        };
        let error = move || typed().and_then(|(_, text)| parse_bounded(&text, bounds, whole).err());
        let err_id = format!("{id}-error");
        view! {
            <div class="field">
                <label for=id>{move || tr(lang.get(), zh, en)}</label>
                <input
                    id=id
                    data-testid=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    aria-invalid=move || error().is_some().to_string()
                    aria-describedby=err_id.clone()
                    prop:value=move || typed()
                        .map(|(_, text)| text)
                        .unwrap_or_else(|| current.get().map(|v| format!("{v}")).unwrap_or_default())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        let parsed = parse_bounded(&text, bounds, whole).ok();
                        draft.set(Some((current.get_untracked(), text)));
                        pending.set_value(parsed.map(|v| {
                            Timeout::new(DEBOUNCE.as_millis() as u32, move || {
                                update(false, &|i| set(i, v))
                            })
                        }));
                    }
                />
                <p class="field-error" id=err_id data-testid=format!("{id}-error") aria-live="polite">
                    {move || error().map(|r| reject_text(lang.get(), &r))}
                </p>
            </div>
        }
    };
    let chart = Memo::new(move |_| {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog.as_ref().ok()?;
        let mut series =
            vec![tr(lang, "推荐路径（累计）", "Recommended path (cumulative)").to_string()];
        series.extend(m.plans.iter().map(|p| match lang {
            Lang::Zh => format!("一直用 {}", plan_name(cat, p.id.as_str(), lang)),
            Lang::En => format!("Staying on {}", plan_name(cat, p.id.as_str(), lang)),
        }));
        series.push(tr(lang, "月活跃用户", "Monthly active users").to_string());
        Some(growth_chart(
            &m.timeline,
            m.cur,
            m.fx,
            &DecideChartText {
                title: tr(lang, "累计成本", "Cumulative cost").into(),
                x_axis: tr(lang, "月", "month").into(),
                y_axis: m.cur.symbol().into(),
                y2_axis: tr(lang, "用户", "users").into(),
                series,
            },
        ))
    });
    let title =
        Signal::derive(move || tr(lang.get(), "用户增长时间线", "Growth timeline").to_string());
    let summary = move || {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog.as_ref().ok()?;
        let t = &m.timeline;
        let n = t.months.len();
        let path = t
            .path
            .iter()
            .map(|&(mo, i)| match lang {
                Lang::Zh => format!(
                    "{}（第 {mo} 月）",
                    plan_name(cat, t.plans[i].as_str(), lang)
                ),
                Lang::En => format!("{} (month {mo})", plan_name(cat, t.plans[i].as_str(), lang)),
            })
            .collect::<Vec<_>>()
            .join(" → ");
        let stays = t
            .plans
            .iter()
            .zip(&t.stay)
            .map(|(p, stay)| {
                let unfit = stay.first_unfit.map(|mo| match lang {
                    Lang::Zh => format!("，从第 {mo} 月起不满足约束"),
                    Lang::En => format!(", does not fit from month {mo}"),
                });
                view! {
                    <li>
                        {format!("{}{}{}{}", plan_name(cat, p.as_str(), lang), tr(lang, "：", ": "), money_in(stay.total_usd, m.cur, m.fx), unfit.unwrap_or_default())}
                    </li>
                }
            })
            .collect_view();
        let check = m.check.as_ref().map(|c| {
            let seed_path = c
                .seed
                .iter()
                .map(|p| plan_name(cat, p.as_str(), lang))
                .collect::<Vec<_>>()
                .join(" → ");
            let verdict = if c.matches {
                tr(lang, "这里算出的路径与种子一致。", "The computed path matches it.").to_string()
            } else {
                let gaps = c
                    .missing
                    .iter()
                    .map(|(p, g)| format!("{} {}", plan_name(cat, p.as_str(), lang), gap_text(lang, g, n)))
                    .collect::<Vec<_>>()
                    .join(tr(lang, "；", "; "));
                match lang {
                    Lang::Zh => format!("这里算出的路径不同：{gaps}。"),
                    Lang::En => format!("The computed path differs: {gaps}."),
                }
            };
            view! {
                <p class="seed-check" data-testid="growth-seed-check" data-matches=c.matches.to_string()>
                    {match lang {
                        Lang::Zh => format!("种子 {} 的迁移路径：{seed_path}。", m.seed),
                        Lang::En => format!("Seed {}'s migration path: {seed_path}. ", m.seed),
                    }}
                    {verdict}
                </p>
            }
        });
        Some(view! {
            <p class="growth-path" data-testid="growth-path">
                <strong>{tr(lang, "推荐路径：", "Recommended path: ")}</strong>
                {if path.is_empty() { tr(lang, "没有满足约束的方案", "no plan fits").to_string() } else { path }}
            </p>
            {check}
            <p>
                {match lang {
                    Lang::Zh => format!("{n} 个月累计：推荐路径 {}；一直用一个方案：", money_in(t.path_total_usd, m.cur, m.fx)),
                    Lang::En => format!("Over {n} months: {} along the path; staying on one plan:", money_in(t.path_total_usd, m.cur, m.fx)),
                }}
            </p>
            <ul class="stays">{stays}</ul>
            <p class="field-help">
                {tr(
                    lang,
                    "用户按月复合增长；峰值、对话时长和数据量随用户等比例变化。每月选满足容量、延迟（和隐私）约束的最便宜方案；迁移不计成本，离开的方案不再回去。",
                    "Users grow by a fixed percentage a month; peak, conversation hours and data scale with them. Each month the cheapest plan that meets capacity, latency (and privacy) is found; moving costs nothing here, and a plan left is not returned to.",
                )}
            </p>
        })
    };
    let table = move || {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog.as_ref().ok()?;
        let t = &m.timeline;
        let rows = t
            .months
            .iter()
            .map(|mo| {
                let plan = mo.chosen.map(|i| t.plans[i].as_str().to_string());
                let name = plan
                    .as_deref()
                    .map(|p| plan_name(cat, p, lang))
                    .unwrap_or_else(|| tr(lang, "没有满足约束的方案", "no plan fits").to_string());
                let moved = mo.migrated.then(|| view! { <span class="tag migrate-tag">{tr(lang, "迁移", "migrate")}</span> });
                let cheaper = match (mo.cheapest, mo.chosen) {
                    (Some(c), Some(ch)) if c != ch => Some(format!(
                        "{}{}",
                        tr(lang, "本月最便宜：", "cheapest this month: "),
                        plan_name(cat, t.plans[c].as_str(), lang)
                    )),
                    _ => None,
                };
                let cost = mo.chosen.map(|i| money_in(mo.plans[i].usd, m.cur, m.fx)).unwrap_or_else(|| "—".into());
                view! {
                    <tr class=if mo.migrated { "migrate" } else { "" } data-month=mo.month data-plan=plan>
                        <td class="num">{mo.month}</td>
                        <td class="num">{format::number(mo.users, 0)}</td>
                        <td class="num">{format::number(mo.peak, 0)}</td>
                        <td>{name} " " {moved} {cheaper.map(|c| view! { <span class="sub">{c}</span> })}</td>
                        <td class="num">{cost}</td>
                        <td class="num">{money_in(mo.cumulative_usd, m.cur, m.fx)}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <div class="table-scroll">
                <table class="data growth-table" data-testid="growth-table">
                    <caption>{tr(lang, "每月：用户、峰值、推荐方案和成本", "Month by month: users, peak, recommended plan and cost")}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="num">{tr(lang, "月", "Month")}</th>
                            <th scope="col" class="num">{tr(lang, "用户", "Users")}</th>
                            <th scope="col" class="num">{tr(lang, "峰值", "Peak")}</th>
                            <th scope="col">{tr(lang, "方案", "Plan")}</th>
                            <th scope="col" class="num">{per_month(m.cur, lang)}</th>
                            <th scope="col" class="num">{tr(lang, "累计", "Cumulative")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })
    };
    let latency_on = move || model.with(|m| m.as_ref().is_some_and(|m| m.input.require_latency));
    let private_on =
        move || model.with(|m| m.as_ref().is_some_and(|m| m.input.min_privacy.is_some()));
    view! {
        <section class="decide-numbers growth" aria-labelledby="growth-title">
            <h3 id="growth-title">{move || title.get()}</h3>
            <div class="growth-inputs">
                {num_input("growth-start", "起始用户", "Users in month 1", DecideField::StartUsers, |i| i.start_users, |i, v| i.start_users = v)}
                {num_input("growth-rate", "每月增长 %", "Monthly growth, %", DecideField::GrowthPct, |i| i.growth_pct, |i, v| i.growth_pct = v)}
                {num_input("growth-months", "月数", "Months", DecideField::Months, |i| i.months as f64, |i, v| i.months = v as usize)}
                <fieldset class="growth-checks">
                    <legend>{move || tr(lang.get(), "约束", "Constraints")}</legend>
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="growth-latency"
                            prop:checked=latency_on
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                update(true, &|i| i.require_latency = on);
                            }
                        />
                        {move || tr(lang.get(), "满足场景的延迟目标", "Meet the scenario's latency target")}
                    </label>
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="growth-private"
                            prop:checked=private_on
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                update(true, &|i| i.min_privacy = on.then_some(4));
                            }
                        />
                        {move || tr(lang.get(), "数据私有（隐私 ≥ 4/5，不用第三方 API）", "Private data (privacy ≥ 4/5: no third-party APIs)")}
                    </label>
                    <p class="field-help">{move || tr(lang.get(), "容量（峰值并发）总是要满足。", "Capacity (peak concurrency) always has to fit.")}</p>
                </fieldset>
            </div>
            {summary}
            <ChartFigure name="growth" title=title chart=chart>
                <p>{move || tr(lang.get(), "数据见下表。", "The data is the table below.")}</p>
            </ChartFigure>
            {table}
        </section>
    }
}
