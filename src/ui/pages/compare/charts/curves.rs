//! Monthly cost along users (or conversation hours), one line a plan, with the points where
//! two plans cost the same (see `deploycalc_core::engine::compare::curve_view`).

use super::common::ChartMemos;
use crate::ui::i18n::{pick, tr};
use crate::ui::pages::compare::model::use_compare;
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::engine::analysis::Axis;
use deploycalc_core::engine::compare::curve_view;
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::chart::{cost_curves as curve_chart, CompareText};
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

    /// After a crossing's value: "users" / "h".
    fn unit(self, lang: Lang) -> &'static str {
        match self {
            CurveAxis::Users => tr(lang, "用户", "users"),
            CurveAxis::Hours => tr(lang, "小时", "h"),
        }
    }

    fn axis_name(self, lang: Lang) -> &'static str {
        match self {
            CurveAxis::Users => tr(lang, "月活跃用户", "monthly active users"),
            CurveAxis::Hours => tr(lang, "对话小时/月", "conversation hours / month"),
        }
    }
}

/// Names, points per plan, crossing marks `(plan, x, cost, label)`, currency.
type CurveData = (
    Vec<String>,
    Vec<Vec<(f64, f64)>>,
    Vec<(usize, f64, f64, String)>,
    Currency,
);

#[component]
pub fn CostCurveChart(charts: ChartMemos) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let model = use_compare();
    let axis = RwSignal::new(CurveAxis::Users);
    let data = Memo::new(move |_| -> Option<CurveData> {
        let m = model.get()?;
        let cat = st.catalog;
        let lang = lang.get();
        let ax = axis.get();
        let v = curve_view(&m.rows, &m.hidden, &m.scenario, cat, ax.axis(), m.primary());
        let names: Vec<String> = v
            .plans
            .iter()
            .map(|p| pick(lang, &p.name).to_string())
            .collect();
        let marks = v
            .marks
            .iter()
            .map(|c| {
                let label = format!(
                    "{} = {} @ {} {}",
                    names[c.a],
                    names[c.b],
                    format::number(c.x, 0),
                    ax.unit(lang)
                );
                (c.a, c.x, c.cost, label)
            })
            .collect();
        Some((names, v.points, marks, m.primary()))
    });
    let title = Signal::derive(move || axis.get().title(lang.get()).to_string());
    let chart = Memo::new(move |_| {
        let (names, points, marks, cur) = data.get()?;
        let lang = lang.get();
        Some(curve_chart(
            &points,
            &marks,
            true,
            &CompareText {
                title: title.get(),
                value_axis: format::per_month(cur, lang),
                x_axis: axis.get().axis_name(lang).into(),
                plans: names,
                series: vec![],
                extra: vec![],
            },
        ))
    });
    charts.update_value(|c| c.push(chart));
    view! {
        <div class="chart-with-control">
            <AxisSelect axis=axis />
            <ChartFigure name="curves" title=title chart=chart>{move || data.get().map(curve_table)}</ChartFigure>
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

/// The curves' points as a table (one row per sample), and the crossings as a list.
fn curve_table((names, points, marks, cur): CurveData) -> impl IntoView {
    view! {
        <table class="data">
            <thead><tr><th scope="col">"x"</th>{names.iter().map(|s| view! { <th scope="col">{s.clone()}</th> }).collect_view()}</tr></thead>
            <tbody>
                {(0..points.first().map_or(0, Vec::len)).map(|k| view! {
                    <tr>
                        <th scope="row">{format::number(points[0][k].0, 0)}</th>
                        {points.iter().map(|p| view! { <td class="num">{format::money(p[k].1, cur)}</td> }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <ul class="crossings" data-testid="crossings">
            {marks.into_iter().map(|(_, _, _, label)| view! { <li>{label}</li> }).collect_view()}
        </ul>
    }
}
