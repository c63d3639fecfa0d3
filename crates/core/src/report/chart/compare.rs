//! The compare page's charts: a plan's line breakdown, cost by category, cost curves with
//! their crossings numbered, latency stages against the target, and the score radar.

use super::{frame, round2};
use crate::engine::compare::CurveMark;
use crate::engine::estimate::Estimate;
use crate::model::money::{Currency, Fx};
use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, NameLocation, Tooltip, Trigger};
use charming::series::Bar;
use charming::Chart;

/// Words the UI supplies for a chart (the domain returns numbers and ids, not prose).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartText {
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
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().bottom(0))
        .grid(
            Grid::new()
                .left("3%")
                .right("4%")
                .top(super::TOP)
                .bottom("12%")
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Value).name(currency.symbol()))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(text.line_labels.iter().map(|l| axis_label(l)).collect()),
        )
        .series(Bar::new().name(text.low.as_str()).data(lows))
        .series(Bar::new().name(text.high.as_str()).data(highs))
}

/// Longest axis label of the line breakdown, in characters, before it is cut with "…".
pub const AXIS_LABEL_CHARS: usize = 24;

/// A line's label as the breakdown chart's axis shows it: the name before its first
/// parenthesis ("(" or "（"; the table beside the chart keeps the whole label), cut to
/// [`AXIS_LABEL_CHARS`] characters with "…", so that on a phone the bars keep their width.
pub fn axis_label(label: &str) -> String {
    let name = ["(", "（"]
        .iter()
        .filter_map(|p| label.find(p))
        .min()
        .map_or(label, |i| &label[..i])
        .trim();
    let name = if name.is_empty() { label.trim() } else { name };
    if name.chars().count() <= AXIS_LABEL_CHARS {
        name.to_string()
    } else {
        let cut: String = name.chars().take(AXIS_LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Labels the UI supplies for the comparison charts.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareText {
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

/// The compare page's axis charts: the frame with room for their legend.
fn base() -> Chart {
    frame(56)
}

/// The base chart with the plans as categories on x and values on y.
fn plans_on_x(text: &CompareText) -> Chart {
    base()
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

/// Crossings nearer than this share a label: their distance along the log x axis, as a share
/// of the axis (4 % is 12 px of a 300 px chart)…
pub const SHARE_X: f64 = 0.04;
/// …and their cost difference, as a share of the highest cost drawn.
pub const SHARE_Y: f64 = 0.06;
/// A label this near the one before it along x (a share of the axis) goes on the other side
/// of its point, so that two neighbours' numbers do not touch.
pub const FLIP_X: f64 = 0.15;

/// One label on the cost-curves chart: a number (1, 2, … from left to right) at a crossing.
/// Crossings too near to be told apart on the chart share one number; the list under the
/// chart words each crossing after its number.
#[derive(Clone, Debug, PartialEq)]
pub struct CrossingLabel {
    pub number: usize,
    /// Where the label's point is: the first of its crossings (x, monthly cost).
    pub x: f64,
    pub cost: f64,
    /// The label goes under its point (its left neighbour's is above and near).
    pub below: bool,
    /// The crossings it stands for: indexes into the marks given, by increasing x.
    pub marks: Vec<usize>,
}

/// Numbers the crossings `marks` from left to right for a chart whose log x axis spans
/// `x_span` and whose highest cost is `y_max`: crossings within [`SHARE_X`] and [`SHARE_Y`] of a
/// label's first crossing share its number, and a label within [`FLIP_X`] of the one before
/// it goes on the other side of its point.
pub fn crossing_labels(marks: &[CurveMark], x_span: (f64, f64), y_max: f64) -> Vec<CrossingLabel> {
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by(|&i, &j| {
        (marks[i].x, marks[i].cost)
            .partial_cmp(&(marks[j].x, marks[j].cost))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let span = (x_span.1 / x_span.0).ln().abs().max(f64::MIN_POSITIVE);
    let along = |a: f64, b: f64| (b / a).ln().abs() / span;
    let y_max = y_max.abs().max(f64::MIN_POSITIVE);
    let mut labels: Vec<CrossingLabel> = Vec::new();
    for i in order {
        let m = &marks[i];
        if let Some(last) = labels.last_mut() {
            if along(last.x, m.x) <= SHARE_X && (m.cost - last.cost).abs() / y_max <= SHARE_Y {
                last.marks.push(i);
                continue;
            }
        }
        let below = labels
            .last()
            .is_some_and(|last| along(last.x, m.x) <= FLIP_X && !last.below);
        labels.push(CrossingLabel {
            number: labels.len() + 1,
            x: m.x,
            cost: m.cost,
            below,
            marks: vec![i],
        });
    }
    labels
}

/// Cost curves (x, monthly midpoint) per plan, drawn through `lines` without symbols, with
/// the crossings as numbered dots (`labels`, from [`crossing_labels`]; `text.extra[0]` names
/// them in the legend). The x axis spans the lines' points exactly.
pub fn cost_curves(
    lines: &[Vec<(f64, f64)>],
    labels: &[CrossingLabel],
    log_x: bool,
    text: &CompareText,
) -> Chart {
    use charming::datatype::DataPointItem;
    use charming::element::{ItemStyle, Label, LabelPosition, LineStyle, Symbol};
    use charming::series::Line;
    let xs = lines.iter().flatten().map(|p| p.0);
    let lo = xs.clone().fold(f64::INFINITY, f64::min);
    let hi = xs.fold(f64::NEG_INFINITY, f64::max);
    let mut x_axis = Axis::new()
        .type_(if log_x {
            AxisType::Log
        } else {
            AxisType::Value
        })
        .name(text.x_axis.as_str())
        // under the axis, as on the decide page's charts: at its end a name such as "monthly
        // active users" ran off a phone's chart
        .name_location(NameLocation::Middle)
        .name_gap(26);
    if lo.is_finite() && hi > lo {
        x_axis = x_axis.min(round2(lo)).max(round2(hi));
    }
    let mut chart = frame(64).x_axis(x_axis).y_axis(
        Axis::new()
            .type_(AxisType::Value)
            .name(text.value_axis.as_str()),
    );
    for (p, points) in lines.iter().enumerate() {
        let data: Vec<Vec<f64>> = points
            .iter()
            .map(|&(x, y)| vec![round2(x), round2(y)])
            .collect();
        chart = chart.series(
            Line::new()
                .name(text.plans.get(p).cloned().unwrap_or_default())
                .show_symbol(false)
                .data(data),
        );
    }
    // the labels above their points, then those below: one series each (a label's side is a
    // series' setting), under one legend name; "line" series without a line, since the app's
    // ECharts build has no scatter (scripts/build-echarts.mjs)
    let name = text.extra.first().cloned().unwrap_or_default();
    for (below, position) in [(false, LabelPosition::Top), (true, LabelPosition::Bottom)] {
        let data: Vec<DataPointItem> = labels
            .iter()
            .filter(|l| l.below == below)
            .map(|l| {
                DataPointItem::new(vec![round2(l.x), round2(l.cost)]).name(l.number.to_string())
            })
            .collect();
        if data.is_empty() {
            continue;
        }
        chart = chart.series(
            Line::new()
                .name(name.as_str())
                .symbol(Symbol::Circle)
                .symbol_size(9)
                .line_style(LineStyle::new().width(0))
                .item_style(
                    ItemStyle::new()
                        .color(CROSSING_COLOR)
                        .border_color("#ffffff")
                        .border_width(1),
                )
                .label(
                    Label::new()
                        .show(true)
                        .position(position)
                        .formatter("{b}")
                        .font_weight("bold")
                        .color(CROSSING_COLOR),
                )
                .data(data),
        );
    }
    chart
}

/// The crossings' dots and numbers: dark grey, readable on the chart's light and dark pages.
const CROSSING_COLOR: &str = "#57606a";

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
        .tooltip(Tooltip::new())
        .legend(
            Legend::new()
                .bottom(0)
                .type_(charming::component::LegendType::Scroll),
        )
        .radar(RadarCoordinate::new().indicator(indicators).radius("60%"))
        .series(Radar::new().data(data))
}
