//! The compare page's charts: a plan's line breakdown, cost by category, cost curves with
//! their crossings, latency stages against the target, and the score radar.

use super::{frame, round2};
use crate::engine::estimate::Estimate;
use crate::model::money::{Currency, Fx};
use charming::component::{Axis, Grid, Legend, Title};
use charming::element::{AxisType, Tooltip, Trigger};
use charming::series::Bar;
use charming::Chart;

/// Words the UI supplies for a chart (the domain returns numbers and ids, not prose).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartText {
    pub title: String,
    pub low: String,
    pub high: String,
    /// Label per estimate line, in line order.
    pub line_labels: Vec<String>,
}

/// Bars of each line's monthly subtotal (low and high) in `currency`.
pub fn line_breakdown(est: &Estimate, currency: Currency, fx: Fx, text: &ChartText) -> Chart {
    let (mut lows, mut highs) = (Vec::new(), Vec::new());
    for line in &est.lines {
        let sub = line.subtotal.map(|s| s.to(currency, fx));
        lows.push(sub.map_or(0.0, |s| round2(s.low)));
        highs.push(sub.map_or(0.0, |s| round2(s.high)));
    }
    Chart::new()
        .title(Title::new().text(format!("{} ({})", text.title, currency.symbol())))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().bottom(0))
        .grid(
            Grid::new()
                .left("3%")
                .right("4%")
                .bottom("12%")
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Value).name(currency.symbol()))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(text.line_labels.clone()),
        )
        .series(Bar::new().name(text.low.as_str()).data(lows))
        .series(Bar::new().name(text.high.as_str()).data(highs))
}

/// Labels the UI supplies for the comparison charts.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareText {
    pub title: String,
    /// Axis name for the values (e.g. "$ / month", "ms").
    pub value_axis: String,
    /// Axis name for the category / x axis.
    pub x_axis: String,
    /// Name per plan, in row order.
    pub plans: Vec<String>,
    /// Name per series (categories, stages, radar dimensions…), in the order the builder asks.
    pub series: Vec<String>,
    /// Extra words: e.g. "target" for the latency line.
    pub extra: Vec<String>,
}

fn base(text: &CompareText) -> Chart {
    frame(&text.title, 56)
}

/// The base chart with the plans as categories on x and values on y.
fn plans_on_x(text: &CompareText) -> Chart {
    base(text)
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .name(text.x_axis.as_str())
                .data(text.plans.clone()),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(text.value_axis.as_str()),
        )
}

/// Monthly cost (midpoint of the range) per plan, stacked by category. `stacks[p][k]` is plan
/// `p`'s cost in category `k` (categories named by `text.series`).
pub fn cost_by_category(stacks: &[Vec<f64>], text: &CompareText) -> Chart {
    let mut chart = plans_on_x(text);
    for (k, name) in text.series.iter().enumerate() {
        let data: Vec<f64> = stacks
            .iter()
            .map(|plan| round2(plan.get(k).copied().unwrap_or(0.0)))
            .collect();
        chart = chart.series(Bar::new().name(name.as_str()).stack("cost").data(data));
    }
    chart
}

/// Cost curves (x, monthly midpoint) per plan with the crossing points marked and labelled.
/// `crossings` are (plan index, x, cost, label).
pub fn cost_curves(
    curves: &[Vec<(f64, f64)>],
    crossings: &[(usize, f64, f64, String)],
    log_x: bool,
    text: &CompareText,
) -> Chart {
    use charming::element::{MarkPoint, MarkPointData};
    use charming::series::Line;
    let mut chart = base(text)
        .x_axis(
            Axis::new()
                .type_(if log_x {
                    AxisType::Log
                } else {
                    AxisType::Value
                })
                .name(text.x_axis.as_str()),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(text.value_axis.as_str()),
        );
    for (p, points) in curves.iter().enumerate() {
        let data: Vec<Vec<f64>> = points
            .iter()
            .map(|&(x, y)| vec![round2(x), round2(y)])
            .collect();
        let marks: Vec<MarkPointData> = crossings
            .iter()
            .filter(|c| c.0 == p)
            .map(|(_, x, y, label)| {
                MarkPointData::new()
                    .name(label.as_str())
                    .x_axis(round2(*x))
                    .y_axis(round2(*y))
                    .value(round2(*x))
            })
            .collect();
        let mut line = Line::new()
            .name(text.plans.get(p).cloned().unwrap_or_default())
            .show_symbol(false)
            .data(data);
        if !marks.is_empty() {
            line = line.mark_point(MarkPoint::new().data(marks));
        }
        chart = chart.series(line);
    }
    chart
}

/// Latency per plan as stacked stages (`stages[p][k]` ms, stage names in `text.series`) with
/// the target as a horizontal line (`text.extra[0]` names it).
pub fn latency_stages(stages: &[Vec<f64>], target_ms: f64, text: &CompareText) -> Chart {
    use charming::element::{MarkLine, MarkLineData, MarkLineVariant};
    let mut chart = plans_on_x(text);
    for (k, name) in text.series.iter().enumerate() {
        let data: Vec<f64> = stages
            .iter()
            .map(|plan| plan.get(k).copied().unwrap_or(0.0))
            .collect();
        let mut bar = Bar::new().name(name.as_str()).stack("latency").data(data);
        if k == 0 {
            bar = bar.mark_line(MarkLine::new().data(vec![MarkLineVariant::Simple(
                MarkLineData::new()
                    .name(text.extra.first().cloned().unwrap_or_default())
                    .y_axis(target_ms),
            )]));
        }
        chart = chart.series(bar);
    }
    chart
}

/// Radar of scores 1–5 (`scores[p][k]`, dimensions named by `text.series`); a missing score
/// is drawn at 0.
pub fn radar(scores: &[Vec<Option<f64>>], text: &CompareText) -> Chart {
    use charming::component::{RadarCoordinate, RadarIndicator};
    use charming::series::Radar;
    let indicators: Vec<RadarIndicator> = text
        .series
        .iter()
        .map(|n| RadarIndicator::from((n.as_str(), 0.0, 5.0)))
        .collect();
    let data: Vec<(Vec<f64>, String)> = scores
        .iter()
        .enumerate()
        .map(|(p, s)| {
            (
                s.iter().map(|v| round2(v.unwrap_or(0.0))).collect(),
                text.plans.get(p).cloned().unwrap_or_default(),
            )
        })
        .collect();
    Chart::new()
        .title(Title::new().text(text.title.clone()))
        .tooltip(Tooltip::new())
        .legend(
            Legend::new()
                .bottom(0)
                .type_(charming::component::LegendType::Scroll),
        )
        .radar(RadarCoordinate::new().indicator(indicators).radius("60%"))
        .series(Radar::new().data(data))
}
