//! The growth timeline: the cheapest plan that fits month by month, and when to migrate. One
//! file a part: `inputs` (start, growth, months, constraints), `summary` (the path, the seed's
//! path against it, staying on one plan), `table` (month by month); the chart is here.

mod inputs;
mod model;
mod summary;
mod table;

use crate::ui::i18n::{staying_on, tr};
use crate::ui::pages::decide::ctx::{plan_name, view_currency};
use crate::ui::pages::decide::numbers::memo::tree_memo;
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::engine::analysis::{check_path, growth};
use deploycalc_core::report::chart::{growth_chart, DecideChartText};
use inputs::GrowthInputs;
use leptos::prelude::*;
use model::GrowthModel;
use summary::GrowthSummary;
use table::GrowthTable;

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
        let plans = tree.plans_in(cat);
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
    let chart = chart_memo(st, model);
    let title =
        Signal::derive(move || tr(lang.get(), "用户增长时间线", "Growth timeline").to_string());
    let chart_title =
        Signal::derive(move || tr(lang.get(), "累计成本", "Cumulative cost").to_string());
    view! {
        <section class="decide-numbers growth" aria-labelledby="growth-title">
            <h3 id="growth-title">{move || title.get()}</h3>
            <GrowthInputs model=model />
            <GrowthSummary model=model />
            <ChartFigure name="growth" title=chart_title chart=chart>
                <p>{move || tr(lang.get(), "数据见下表。", "The data is the table below.")}</p>
            </ChartFigure>
            <GrowthTable model=model />
        </section>
    }
}

/// The cumulative cost chart: the path, staying on each plan, and the users.
fn chart_memo(st: AppState, model: Memo<Option<GrowthModel>>) -> Memo<Option<charming::Chart>> {
    let lang = st.lang;
    Memo::new(move |_| {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog;
        let mut series =
            vec![tr(lang, "推荐路径（累计）", "Recommended path (cumulative)").to_string()];
        series.extend(
            m.plans
                .iter()
                .map(|p| staying_on(lang, &plan_name(cat, p.id.as_str(), lang))),
        );
        series.push(tr(lang, "月活跃用户", "Monthly active users").to_string());
        Some(growth_chart(
            &m.timeline,
            m.cur,
            m.fx,
            &DecideChartText {
                x_axis: tr(lang, "月", "month").into(),
                y_axis: m.cur.symbol().into(),
                y2_axis: tr(lang, "用户", "users").into(),
                series,
            },
        ))
    })
}
