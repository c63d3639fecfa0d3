//! The comparison charts: cost by category, cost vs users (or hours) with crossings, latency
//! stages against the target, and a radar of scores. Each has a title, axis units and its data
//! as a table for screen readers. One component a chart.

mod category;
mod common;
mod curves;
mod latency;
mod radar;

use crate::ui::i18n::tr;
use crate::ui::state::AppState;
use category::CategoryChart;
use common::ChartMemos;
use curves::CostCurveChart;
use latency::LatencyChart;
use leptos::prelude::*;
use radar::RadarChart;

#[component]
pub fn CompareCharts() -> impl IntoView {
    let lang = AppState::expect().lang;
    let charts: ChartMemos = StoredValue::new(Vec::new());
    // for the benchmark: the moment every chart option is rebuilt after a change
    Effect::new(move |_| {
        let done: Vec<bool> =
            charts.with_value(|cs| cs.iter().map(|c| c.with(Option::is_some)).collect());
        if done.first() == Some(&true) {
            request_animation_frame(|| crate::ui::state::perf_mark("dc-updated"));
        }
    });
    view! {
        <section class="charts" aria-labelledby="charts-title">
            <h2 id="charts-title">{move || tr(lang.get(), "图表", "Charts")}</h2>
            <div class="chart-grid">
                <CategoryChart charts=charts />
                <CostCurveChart charts=charts />
                <LatencyChart charts=charts />
                <RadarChart charts=charts />
            </div>
        </section>
    }
}
