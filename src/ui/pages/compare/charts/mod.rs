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
use curves::CostCurveChart;
use latency::LatencyChart;
use leptos::prelude::*;
use radar::RadarChart;

#[component]
pub fn CompareCharts() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    // for the benchmark: the frame after a change, once everything that reacts to it (the
    // totals, the table, the charts near the screen) has run ("dc-updated"), and the first
    // task after that work, whether or not a frame came first ("dc-idle": the work alone,
    // without the wait for the display's next frame). It reads only the scenario: a chart
    // away from the screen is not rebuilt for it.
    Effect::new(move |_| {
        st.scenario.track();
        request_animation_frame(|| crate::ui::state::perf_mark("dc-updated"));
        set_timeout(
            || crate::ui::state::perf_mark("dc-idle"),
            std::time::Duration::ZERO,
        );
    });
    view! {
        <section class="charts" aria-labelledby="charts-title">
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
