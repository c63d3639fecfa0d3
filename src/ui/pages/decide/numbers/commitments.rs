//! Committed vs on-demand prices: months of use to break even, and GPU hours a day.

use super::memo::tree_memo;
use crate::ui::i18n::{purchase_text, tr};
use crate::ui::pages::decide::ctx::{money_in, plan_name, view_currency};
use crate::ui::state::AppState;
use deploycalc_core::engine::analysis::{
    commitments, gpu_hours_break_even, Commitment, GpuHoursBreakEven,
};
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::format;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
struct CommitRow {
    plan: &'static Plan,
    c: Commitment,
    gpu: Option<GpuHoursBreakEven>,
}

/// On demand vs committed prices: months of use to break even, and GPU hours a day.
#[component]
pub fn CommitmentPanel() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let model = tree_memo(move |cat, u, tree| {
        let s = &u.scenario;
        let rows: Vec<CommitRow> = tree
            .plans_in(cat)
            .into_iter()
            .flat_map(|p| {
                let gpus = gpu_hours_break_even(p, s, cat);
                commitments(p, s, cat).into_iter().map(move |c| CommitRow {
                    plan: p,
                    gpu: gpus.iter().find(|g| g.option == c.option).cloned(),
                    c,
                })
            })
            .collect();
        Some((rows, view_currency(s)))
    });
    move || {
        let (rows, (cur, fx)) = model.get()?;
        let lang = lang.get();
        let cat = st.catalog;
        let body = if rows.is_empty() {
            view! {
                <p>{tr(lang, "这棵树的方案里没有可以预留或承诺使用的计算资源。", "None of this tree's plans has compute that a reservation or commitment covers.")}</p>
            }
            .into_any()
        } else {
            commit_table(&rows, cat, lang, cur, fx).into_any()
        };
        Some(view! {
            <section class="decide-numbers commitments" aria-labelledby="commit-title">
                <h3 id="commit-title">{tr(lang, "按需还是预留 / 承诺", "On demand or committed")}</h3>
                <p class="field-help">
                    {tr(
                        lang,
                        "只算承诺覆盖的计算、GPU、容器和数据库行。承诺要为整个期限付费：使用月数超过“期限 × 承诺价 ÷ 按需价”才划算。GPU 列：按需只开 h 小时与全天预留相比，h 超过“24 × 承诺价 ÷ 按需价”时预留更便宜。",
                        "Only the compute, GPU, container and database lines a commitment covers. A commitment is paid for its whole term: it pays off after term × committed ÷ on-demand months of use. GPU column: running on demand h hours a day vs reserving all day, reserving is cheaper above 24 × committed ÷ on-demand hours.",
                    )}
                </p>
                {body}
            </section>
        })
    }
}

/// One row per plan and commitment.
fn commit_table(
    rows: &[CommitRow],
    cat: &Catalog,
    lang: Lang,
    cur: Currency,
    fx: Fx,
) -> impl IntoView {
    let trs = rows
        .iter()
        .map(|r| commit_row(r, cat, lang, cur, fx))
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="data commit-table">
                <thead>
                    <tr>
                        <th scope="col">{tr(lang, "方案", "Plan")}</th>
                        <th scope="col">{tr(lang, "购买方式", "Commitment")}</th>
                        <th scope="col" class="num">{tr(lang, "按需 / 月", "On demand / month")}</th>
                        <th scope="col" class="num">{tr(lang, "承诺后 / 月", "Committed / month")}</th>
                        <th scope="col" class="num">{tr(lang, "每月省", "Saves / month")}</th>
                        <th scope="col" class="num">{tr(lang, "用满几个月才划算", "Pays off after (months of use)")}</th>
                        <th scope="col" class="num">{tr(lang, "GPU 每天超过几小时，全天预留更便宜", "GPU hours a day above which reserving all day is cheaper")}</th>
                    </tr>
                </thead>
                <tbody>{trs}</tbody>
            </table>
        </div>
    }
}

fn commit_row(r: &CommitRow, cat: &Catalog, lang: Lang, cur: Currency, fx: Fx) -> impl IntoView {
    let months = r.c.months_to_break_even();
    let gpu = r
        .gpu
        .as_ref()
        .map(|g| format!("{} h", format::number(g.hours_per_day, 1)))
        .unwrap_or_else(|| "—".into());
    view! {
        <tr
            data-testid=format!("commit-{}-{}", r.plan.id.as_str(), r.c.option.as_str())
            data-months=months.map(|m| m.to_string())
        >
            <th scope="row">{plan_name(cat, r.plan.id.as_str(), lang)}</th>
            <td data-label=tr(lang, "购买方式", "Commitment")>{purchase_text(lang, r.c.option)}</td>
            <td class="num" data-label=tr(lang, "按需 / 月", "On demand / month")>
                {money_in(r.c.on_demand_usd, cur, fx)}
            </td>
            <td class="num" data-label=tr(lang, "承诺后 / 月", "Committed / month")>
                {money_in(r.c.committed_usd, cur, fx)}
            </td>
            <td class="num" data-label=tr(lang, "每月省", "Saves / month")>
                {money_in(r.c.saving_usd(), cur, fx)}
            </td>
            <td class="num" data-label=tr(lang, "用满几个月才划算", "Pays off after (months of use)")>
                {months.map(|m| format::number(m, 1)).unwrap_or_else(|| "—".into())}
            </td>
            <td class="num" data-label=tr(lang, "GPU 每天超过此小时数，全天预留更便宜", "Reserve the GPU all day above (h/day)")>
                {gpu}
            </td>
        </tr>
    }
}
