//! Monthly cost by category, stacked per plan.

use super::common::{DataTable, TableData};
use crate::ui::i18n::{category_text, pick, t, tr, Key};
use crate::ui::pages::compare::model::use_compare;
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::engine::compare::category_stacks;
use deploycalc_core::report::chart::{cost_by_category, CompareText};
use deploycalc_core::report::format;
use leptos::prelude::*;

#[component]
pub fn CategoryChart() -> impl IntoView {
    let lang = AppState::expect().lang;
    let model = use_compare();
    let data = Memo::new(move |_| {
        let m = model.get()?;
        let lang = lang.get();
        let shown = m.shown();
        let (cats, values) = category_stacks(&shown, m.primary(), m.fx);
        let plans: Vec<String> = shown
            .iter()
            .map(|r| pick(lang, &r.plan.name).to_string())
            .collect();
        let series: Vec<String> = cats
            .iter()
            .map(|c| category_text(lang, *c).to_string())
            .collect();
        Some((plans, series, values, m.primary()))
    });
    let title = Signal::derive(move || {
        tr(
            lang.get(),
            "每月成本构成（区间中点）",
            "Monthly cost by category (midpoint of the range)",
        )
        .to_string()
    });
    let chart = Memo::new(move |_| {
        let (plans, series, values, cur) = data.get()?;
        let lang = lang.get();
        Some(cost_by_category(
            &values,
            &CompareText {
                value_axis: format::per_month(cur, lang),
                x_axis: t(lang, Key::Plan).into(),
                plans,
                series,
                extra: vec![],
            },
        ))
    });
    let table = Memo::new(move |_| {
        let (plans, series, values, cur) = data.get()?;
        let cells = values
            .into_iter()
            .map(|vs| vs.into_iter().map(|v| format::money(v, cur)).collect());
        Some(TableData {
            corner: String::new(),
            columns: series,
            rows: plans.into_iter().zip(cells).collect(),
        })
    });
    view! { <ChartFigure name="categories" title=title chart=chart><DataTable data=table /></ChartFigure> }
}
