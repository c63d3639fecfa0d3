//! The growth timeline month by month: users, peak, the plan on the path and its cost.

use super::model::GrowthModel;
use crate::ui::i18n::tr;
use crate::ui::pages::decide::ctx::{money_in, plan_name};
use crate::ui::state::AppState;
use deploycalc_core::report::format;
use deploycalc_core::report::format::per_month;
use leptos::prelude::*;

/// One row a month; a migration month is marked.
#[component]
pub(super) fn GrowthTable(model: Memo<Option<GrowthModel>>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    move || {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog;
        let t = &m.timeline;
        let rows = t
            .months
            .iter()
            .map(|mo| {
                let plan = t.chosen_plan(mo).map(|p| p.as_str().to_string());
                let name = plan
                    .as_deref()
                    .map(|p| plan_name(cat, p, lang))
                    .unwrap_or_else(|| tr(lang, "没有满足约束的方案", "no plan fits").to_string());
                let moved = mo.migrated.then(|| view! { <span class="tag migrate-tag">{tr(lang, "迁移", "migrate")}</span> });
                let cheaper = mo.cheaper_elsewhere().map(|c| {
                        format!(
                            "{}{}",
                            tr(lang, "本月最便宜：", "cheapest this month: "),
                            plan_name(cat, t.plans[c].as_str(), lang)
                        )
                    });
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
    }
}
