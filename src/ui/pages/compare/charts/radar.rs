//! A radar of the plans' scores (5 = best).

use super::common::{DataTable, TableData};
use crate::ui::i18n::{pick, t, tr, Key};
use crate::ui::pages::compare::model::use_compare;
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::engine::compare::scores;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::chart::{radar, CompareText};
use deploycalc_core::report::format;
use leptos::prelude::*;

fn dims(lang: Lang) -> Vec<String> {
    vec![
        tr(lang, "成本", "Cost").to_string(),
        tr(lang, "延迟", "Latency").to_string(),
        t(lang, Key::Privacy).to_string(),
        tr(lang, "运维", "Ops").to_string(),
        tr(lang, "扩展性", "Scalability").to_string(),
    ]
}

#[component]
pub fn RadarChart() -> impl IntoView {
    let lang = AppState::expect().lang;
    let model = use_compare();
    let data = Memo::new(move |_| {
        let m = model.get()?;
        let lang = lang.get();
        let all = scores(&m.rows);
        let plans: Vec<String> = m
            .order
            .iter()
            .map(|&i| pick(lang, &m.rows[i].plan.name).to_string())
            .collect();
        let values: Vec<Vec<Option<f64>>> = m.order.iter().map(|&i| all[i].as_vec()).collect();
        Some((plans, values))
    });
    let title = Signal::derive(move || {
        tr(lang.get(), "综合评分（5 = 最好）", "Scores (5 = best)").to_string()
    });
    let chart = Memo::new(move |_| {
        let (plans, values) = data.get()?;
        Some(radar(
            &values,
            &CompareText {
                value_axis: String::new(),
                x_axis: String::new(),
                plans,
                series: dims(lang.get()),
                extra: vec![],
            },
        ))
    });
    let table = Memo::new(move |_| {
        let (plans, values) = data.get()?;
        let cells = values.into_iter().map(|vs| {
            vs.into_iter()
                .map(|v| v.map_or("—".to_string(), |x| format::number(x, 1)))
                .collect()
        });
        Some(TableData {
            corner: String::new(),
            columns: dims(lang.get()),
            rows: plans.into_iter().zip(cells).collect(),
        })
    });
    view! { <ChartFigure name="radar" title=title chart=chart><DataTable data=table /></ChartFigure> }
}
