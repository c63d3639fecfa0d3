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
use crate::ui::widgets::near::section_ref;
use category::CategoryChart;
use curves::CostCurveChart;
use latency::LatencyChart;
use leptos::prelude::*;
use radar::RadarChart;

#[component]
pub fn CompareCharts() -> impl IntoView {
    let lang = AppState::expect().lang;
    view! {
        <section class="charts" aria-labelledby="charts-title" node_ref=section_ref()>
            <h2 id="charts-title">{move || tr(lang.get(), "图表", "Charts")}</h2>
            <div class="chart-grid">
                <CategoryChart />
                <CostCurveChart />
                <LatencyChart />
                <RadarChart />
            </div>
        </section>
    }
}
