//! ECharts options (through charming) built from results. Pure: the UI only hands the chart
//! to the renderer, and the option JSON can be snapshot-tested natively.

use crate::domain::estimate::Estimate;
use crate::domain::money::{Currency, Fx};
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

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
