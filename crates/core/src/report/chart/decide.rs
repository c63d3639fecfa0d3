//! Charts of the decide page (through charming): cost along a driver drawn from the exact
//! pieces with the break-even points marked, and the growth timeline's cumulative costs.
//! Pure; the UI supplies the words.

use super::{frame, round2};
use crate::engine::analysis::{BreakEvenMark, CostCurve, Timeline};
use crate::model::money::{Currency, Fx};
use charming::component::Axis;
use charming::element::{
    AxisType, LineStyle, LineStyleType, MarkPoint, MarkPointData, NameLocation,
};
use charming::series::{Bar, Line};
use charming::Chart;

/// Words for a decide chart.
#[derive(Clone, Debug, PartialEq)]
pub struct DecideChartText {
    pub x_axis: String,
    pub y_axis: String,
    /// Second value axis (users on the growth chart).
    pub y2_axis: String,
    /// One name per series, in the order the builder documents.
    pub series: Vec<String>,
}

fn in_currency(usd: f64, currency: Currency, fx: Fx) -> f64 {
    fx.convert(usd, Currency::Usd, currency)
}

/// The points that draw a curve exactly: both ends of every piece (a step shows as a vertical
/// segment at its boundary).
pub fn curve_points(c: &CostCurve, currency: Currency, fx: Fx) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(c.pieces.len() * 2);
    for p in &c.pieces {
        for (x, y) in [(p.x0, p.y0), (p.x1, p.y1)] {
            let y = in_currency(y, currency, fx);
            if out.last() != Some(&(x, y)) {
                out.push((x, y));
            }
        }
    }
    out
}

/// Monthly cost along a driver, one line per curve (`text.series` names them), with the
/// break-even points marked on their curves, each labelled `label(x)`.
pub fn breakeven_chart(
    curves: &[&CostCurve],
    marks: &[BreakEvenMark],
    label: &dyn Fn(f64) -> String,
    currency: Currency,
    fx: Fx,
    text: &DecideChartText,
) -> Chart {
    let mut chart = frame(64)
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(text.x_axis.as_str())
                .name_location(NameLocation::Middle)
                .name_gap(26),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(text.y_axis.as_str()),
        );
    for (i, c) in curves.iter().enumerate() {
        let data: Vec<Vec<f64>> = curve_points(c, currency, fx)
            .into_iter()
            .map(|(x, y)| vec![round2(x), round2(y)])
            .collect();
        let points: Vec<MarkPointData> = marks
            .iter()
            .filter(|m| m.curve == i)
            .map(|m| {
                MarkPointData::new()
                    .name(label(m.x).as_str())
                    .x_axis(round2(m.x))
                    .y_axis(round2(in_currency(m.usd, currency, fx)))
                    .value(round2(m.x))
            })
            .collect();
        let mut line = Line::new()
            .name(text.series.get(i).cloned().unwrap_or_default())
            .show_symbol(false)
            .data(data);
        if !points.is_empty() {
            line = line.mark_point(MarkPoint::new().data(points));
        }
        chart = chart.series(line);
    }
    chart
}

/// Cumulative cost per month: the recommended path (`text.series[0]`), staying on each plan
/// (`text.series[1..]`, dashed), and the users as bars on the second axis (`text.series` last).
pub fn growth_chart(t: &Timeline, currency: Currency, fx: Fx, text: &DecideChartText) -> Chart {
    let months: Vec<String> = t.months.iter().map(|m| m.month.to_string()).collect();
    let path: Vec<f64> = t
        .months
        .iter()
        .map(|m| round2(in_currency(m.cumulative_usd, currency, fx)))
        .collect();
    let name = |i: usize| text.series.get(i).cloned().unwrap_or_default();
    let mut chart = frame(64)
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .name(text.x_axis.as_str())
                .name_location(NameLocation::Middle)
                .name_gap(26)
                .data(months),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(text.y_axis.as_str()),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(text.y2_axis.as_str()),
        )
        .series(
            Line::new()
                .name(name(0))
                .line_style(LineStyle::new().width(4))
                .data(path),
        );
    for i in 0..t.plans.len() {
        let mut acc = 0.0;
        let data: Vec<f64> = t
            .months
            .iter()
            .map(|m| {
                acc += m.plans[i].usd;
                round2(in_currency(acc, currency, fx))
            })
            .collect();
        chart = chart.series(
            Line::new()
                .name(name(i + 1))
                .show_symbol(false)
                .line_style(LineStyle::new().type_(LineStyleType::Dashed))
                .data(data),
        );
    }
    let users: Vec<f64> = t.months.iter().map(|m| m.users).collect();
    chart.series(
        Bar::new()
            .name(name(t.plans.len() + 1))
            .y_axis_index(1)
            .data(users),
    )
}
