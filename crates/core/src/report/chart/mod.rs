//! ECharts options (through charming) built from results. Pure: the UI only hands the chart
//! to the renderer, and the option JSON can be snapshot-tested natively. One scaffold
//! ([`frame`]) gives every axis chart of both pages the same title, tooltip, legend and grid;
//! `compare` and `decide` hold each page's charts, the words come from the UI.

mod compare;
mod decide;

pub use compare::{
    axis_label, cost_by_category, cost_curves, crossing_labels, latency_stages, line_breakdown,
    radar, ChartText, CompareText, CrossingLabel, AXIS_LABEL_CHARS, FLIP_X, SHARE_X, SHARE_Y,
};
pub use decide::{breakeven_chart, curve_points, growth_chart, DecideChartText};

use charming::component::{Grid, Legend, LegendType, Title};
use charming::element::{Tooltip, Trigger};
use charming::Chart;

/// The frame of an axis chart: its title, an axis tooltip, a scrolling legend at the bottom
/// and a grid that keeps the labels inside, `bottom` px above the legend's edge.
fn frame(title: &str, bottom: i32) -> Chart {
    Chart::new()
        .title(Title::new().text(title))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().bottom(0).type_(LegendType::Scroll))
        .grid(
            Grid::new()
                .left("3%")
                .right("6%")
                .top(48)
                .bottom(bottom)
                .contain_label(true),
        )
}

/// Chart values to the cent.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
