//! ECharts options (through charming) built from results. Pure: the UI only hands the chart
//! to the renderer, and the option JSON can be snapshot-tested natively. One scaffold
//! ([`frame`]) gives every axis chart of both pages the same tooltip, legend and grid;
//! `compare` and `decide` hold each page's charts, the words come from the UI. A chart's title
//! is the page's own text above it (it wraps on a phone; drawn by ECharts it was cut off).

mod compare;
mod decide;

pub use compare::{
    axis_label, cost_by_category, cost_curves, crossing_labels, latency_stages, line_breakdown,
    radar, ChartText, CompareText, CrossingLabel, AXIS_LABEL_CHARS, FLIP_X, SHARE_X, SHARE_Y,
};
pub use decide::{breakeven_chart, curve_points, growth_chart, DecideChartText};

use charming::component::{Grid, Legend, LegendType};
use charming::element::{Tooltip, Trigger};
use charming::Chart;

/// The frame of an axis chart: an axis tooltip, a scrolling legend at the bottom and a grid
/// that keeps the labels inside, `bottom` px above the legend's edge, with room at the top
/// for the value axis's name.
fn frame(bottom: i32) -> Chart {
    Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().bottom(0).type_(LegendType::Scroll))
        .grid(
            Grid::new()
                .left("3%")
                .right(RIGHT)
                .top(TOP)
                .bottom(bottom)
                .contain_label(true),
        )
}

/// Room above a chart's grid for its value axis's name (the title is outside the chart).
const TOP: i32 = 28;
/// Room right of the grid, px, for the name at the end of the x axis ("Plan", "users") and a
/// target line's label ("2000"): 6 % of a phone's chart cut both off.
const RIGHT: i32 = 52;

/// Chart values to the cent.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
