//! The growth timeline in words: the recommended path, the seed's path against it, and the
//! cost of staying on one plan.

use super::model::GrowthModel;
use crate::ui::i18n::{
    path_differs, path_step, path_total, seed_path as seed_path_text, stay_total, tr,
};
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
            .map(|(mo, p)| path_step(lang, &plan_name(cat, p.as_str(), lang), mo))
            .collect::<Vec<_>>()
            .join(" → ");
        let stays = t
            .plans
            .iter()
            .zip(&t.stay)
            .map(|(p, stay)| {
                let (name, total) = (
                    plan_name(cat, p.as_str(), lang),
                    money_in(stay.total_usd, m.cur, m.fx),
                );
                view! { <li>{stay_total(lang, &name, &total, stay.first_unfit)}</li> }
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
                {path_total(lang, n, &money_in(t.path_total_usd, m.cur, m.fx))}
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
        let gaps: Vec<(String, PathGap)> = c
            .missing
            .iter()
            .map(|(p, g)| (plan_name(cat, p.as_str(), lang), g.clone()))
            .collect();
        path_differs(lang, n, &gaps)
    };
    view! {
        <p class="seed-check" data-testid="growth-seed-check" data-matches=c.matches.to_string()>
            {seed_path_text(lang, seed, &seed_path)}
            {verdict}
        </p>
    }
}
