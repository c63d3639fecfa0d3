//! Monthly cost along users (or conversation hours), one line a plan, with the points where
//! two plans cost the same numbered on the chart and worded in a list under it (see
//! `deploycalc_core::engine::compare::curve_view` and `report::chart::crossing_labels`).

use super::common::{DataTable, TableData};
use crate::ui::i18n::{crossing_text, crossings_name, pick, tr};
use crate::ui::pages::compare::model::use_compare;
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::engine::analysis::Axis;
use deploycalc_core::engine::compare::curve_view;
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::chart::{
    cost_curves as curve_chart, crossing_labels, CompareText, CrossingLabel,
};
use deploycalc_core::report::format;
use leptos::prelude::*;

/// The two axes the chart offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CurveAxis {
    Users,
    Hours,
}

impl CurveAxis {
    fn axis(self) -> Axis {
        match self {
            CurveAxis::Users => Axis::Users,
            CurveAxis::Hours => Axis::ConversationHours,
        }
    }

    fn title(self, lang: Lang) -> &'static str {
        match self {
            CurveAxis::Users => tr(
                lang,
                "成本随用户数变化（用量同比例）",
                "Cost vs users (usage grows with users)",
            ),
            CurveAxis::Hours => tr(lang, "成本随对话时长变化", "Cost vs conversation hours"),
        }
    }

    fn axis_name(self, lang: Lang) -> &'static str {
        match self {
            CurveAxis::Users => tr(lang, "月活跃用户", "monthly active users"),
            CurveAxis::Hours => tr(lang, "对话小时/月", "conversation hours / month"),
        }
    }
}

/// What the chart and its list are drawn from.
#[derive(Clone, Debug, PartialEq)]
struct CurveData {
    names: Vec<String>,
    /// The data table's rows: each plan at the sample points.
    points: Vec<Vec<(f64, f64)>>,
    /// The chart's lines.
    lines: Vec<Vec<(f64, f64)>>,
    labels: Vec<CrossingLabel>,
    /// The list under the chart: a label's number and one crossing's words.
    items: Vec<(usize, String)>,
    currency: Currency,
}

#[component]
pub fn CostCurveChart() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let model = use_compare();
    let axis = RwSignal::new(CurveAxis::Users);
    let data = Memo::new(move |_| -> Option<CurveData> {
        let m = model.get()?;
        let lang = lang.get();
        let ax = axis.get().axis();
        let cur = m.primary();
        let v = curve_view(&m.rows, &m.hidden, &m.scenario, st.catalog, ax, cur);
        let names: Vec<String> = v
            .plans
            .iter()
            .map(|p| pick(lang, &p.name).to_string())
            .collect();
        let span = v
            .points
            .first()
            .and_then(|p| Some((p.first()?.0, p.last()?.0)))
            .unwrap_or((1.0, 10.0));
        let y_max = v.lines.iter().flatten().fold(0.0, |y: f64, p| y.max(p.1));
        let labels = crossing_labels(&v.marks, span, y_max);
        let items = labels
            .iter()
            .flat_map(|l| l.marks.iter().map(move |&i| (l.number, i)))
            .map(|(n, i)| {
                let c = &v.marks[i];
                let cost = format::money(c.cost, cur);
                (
                    n,
                    crossing_text(lang, ax, c.x, &names[c.a], &names[c.b], &cost),
                )
            })
            .collect();
        Some(CurveData {
            names,
            points: v.points,
            lines: v.lines,
            labels,
            items,
            currency: cur,
        })
    });
    let title = Signal::derive(move || axis.get().title(lang.get()).to_string());
    let chart = Memo::new(move |_| {
        let lang = lang.get();
        data.with(|d| {
            let d = d.as_ref()?;
            Some(curve_chart(
                &d.lines,
                &d.labels,
                true,
                &CompareText {
                    value_axis: format::per_month(d.currency, lang),
                    x_axis: axis.get().axis_name(lang).into(),
                    plans: d.names.clone(),
                    series: vec![],
                    extra: vec![crossings_name(lang).to_string()],
                },
            ))
        })
    });
    let table = Memo::new(move |_| data.with(|d| d.as_ref().map(curve_table)));
    let items = Memo::new(move |_| data.with(|d| d.as_ref().map(|d| d.items.clone())));
    view! {
        <div class="chart-with-control">
            <AxisSelect axis=axis />
            <ChartFigure name="curves" title=title chart=chart><DataTable data=table /></ChartFigure>
            {move || items.get().map(|items| crossing_list(&items))}
        </div>
    }
}

#[component]
fn AxisSelect(axis: RwSignal<CurveAxis>) -> impl IntoView {
    let lang = AppState::expect().lang;
    view! {
        <div class="field inline">
            <label for="input-curve_axis">{move || tr(lang.get(), "横轴", "X axis")}</label>
            <select
                id="input-curve_axis"
                data-testid="input-curve_axis"
                on:change=move |ev| {
                    axis.set(if event_target_value(&ev) == "hours" { CurveAxis::Hours } else { CurveAxis::Users })
                }
            >
                <option value="users" selected=move || axis.get() == CurveAxis::Users>{move || tr(lang.get(), "用户数", "Users")}</option>
                <option value="hours" selected=move || axis.get() == CurveAxis::Hours>{move || tr(lang.get(), "对话时长", "Conversation hours")}</option>
            </select>
        </div>
    }
}

/// The curves' points as a table (one row per sample).
fn curve_table(d: &CurveData) -> TableData {
    let rows = (0..d.points.first().map_or(0, Vec::len))
        .map(|k| {
            (
                format::number(d.points[0][k].0, 0),
                d.points
                    .iter()
                    .map(|p| format::money(p[k].1, d.currency))
                    .collect(),
            )
        })
        .collect();
    TableData {
        corner: "x".into(),
        columns: d.names.clone(),
        rows,
    }
}

/// The crossings in words under the chart, each after the number that marks it on the chart.
fn crossing_list(items: &[(usize, String)]) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <ul class="crossings" data-testid="crossings">
                {items
                    .iter()
                    .map(|(n, text)| view! { <li><span class="crossing-n">{*n}</span>" "{text.clone()}</li> })
                    .collect_view()}
            </ul>
        }
    })
}
