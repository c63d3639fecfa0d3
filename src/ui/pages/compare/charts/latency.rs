//! End-to-end latency by stage, stacked per plan, against the target.

use super::common::{DataTable, TableData};
use crate::ui::i18n::{latency_target_text, pick, stage_text, t, tr, Key};
use crate::ui::pages::compare::model::use_compare;
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::engine::compare::stage_matrix;
use deploycalc_core::report::chart::{latency_stages, CompareText};
use deploycalc_core::report::format;
use leptos::prelude::*;

#[component]
pub fn LatencyChart() -> impl IntoView {
    let lang = AppState::expect().lang;
    let model = use_compare();
    let data = Memo::new(move |_| {
        let m = model.get()?;
        let lang = lang.get();
        let shown: Vec<_> = m
            .shown()
            .into_iter()
            .filter(|r| r.estimate.latency.is_some())
            .collect();
        if shown.is_empty() {
            return None;
        }
        let (stages, values) = stage_matrix(&shown);
        let target = shown[0]
            .estimate
            .latency
            .as_ref()
            .map_or(0.0, |l| l.target_ms);
        let plans: Vec<String> = shown
            .iter()
            .map(|r| pick(lang, &r.plan.name).to_string())
            .collect();
        let series: Vec<String> = stages
            .iter()
            .map(|s| stage_text(lang, *s).to_string())
            .collect();
        Some((plans, series, values, target))
    });
    let title = Signal::derive(move || {
        tr(
            lang.get(),
            "端到端延迟（各阶段）与目标",
            "End-to-end latency by stage, against the target",
        )
        .to_string()
    });
    let chart = Memo::new(move |_| {
        let (plans, series, values, target) = data.get()?;
        let lang = lang.get();
        Some(latency_stages(
            &values,
            target,
            &CompareText {
                value_axis: tr(lang, "毫秒", "ms").into(),
                x_axis: t(lang, Key::Plan).into(),
                plans,
                series,
                extra: vec![latency_target_text(lang, target)],
            },
        ))
    });
    let table = Memo::new(move |_| {
        let (plans, series, values, _) = data.get()?;
        let cells = values.into_iter().map(|vs| {
            vs.into_iter()
                .map(|v| format!("{} ms", format::number(v, 0)))
                .collect()
        });
        Some(TableData {
            corner: String::new(),
            columns: series,
            rows: plans.into_iter().zip(cells).collect(),
        })
    });
    view! { <ChartFigure name="latency" title=title chart=chart><DataTable data=table /></ChartFigure> }
}
