//! The growth timeline in words: the recommended path, the seed's path against it, and the
//! cost of staying on one plan.

use super::model::GrowthModel;
use crate::ui::i18n::tr;
use crate::ui::pages::decide::ctx::{money_in, plan_name};
use crate::ui::state::AppState;
use deploycalc_core::engine::analysis::{PathCheck, PathGap};
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::vocab::Lang;
use leptos::prelude::*;

/// The path, the seed's path checked against it, and each plan's total over the horizon.
#[component]
pub(super) fn GrowthSummary(model: Memo<Option<GrowthModel>>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    move || {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog;
        let t = &m.timeline;
        let n = t.months.len();
        let path = t
            .path_steps()
            .into_iter()
            .map(|(mo, p)| match lang {
                Lang::Zh => format!("{}（第 {mo} 月）", plan_name(cat, p.as_str(), lang)),
                Lang::En => format!("{} (month {mo})", plan_name(cat, p.as_str(), lang)),
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
        let check = m
            .check
            .as_ref()
            .map(|c| seed_check(c, &m.seed, n, cat, lang));
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
    }
}

/// The seed's migration path and whether the computed one matches it (else why not, per plan).
fn seed_check(c: &PathCheck, seed: &str, n: usize, cat: &Catalog, lang: Lang) -> impl IntoView {
    let seed_path = c
        .seed
        .iter()
        .map(|p| plan_name(cat, p.as_str(), lang))
        .collect::<Vec<_>>()
        .join(" → ");
    let verdict = if c.matches {
        tr(
            lang,
            "这里算出的路径与种子一致。",
            "The computed path matches it.",
        )
        .to_string()
    } else {
        let gaps = c
            .missing
            .iter()
            .map(|(p, g)| {
                format!(
                    "{} {}",
                    plan_name(cat, p.as_str(), lang),
                    gap_text(lang, g, n)
                )
            })
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
                Lang::Zh => format!("种子 {seed} 的迁移路径：{seed_path}。"),
                Lang::En => format!("Seed {seed}'s migration path: {seed_path}. "),
            }}
            {verdict}
        </p>
    }
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
