//! The comparison charts: cost by category, cost vs users (or hours) with crossings, latency
//! stages against the target, and a radar of scores. Each has a title, axis units and its data
//! as a table for screen readers. One component a chart.

mod category;
mod curves;
mod latency;
mod radar;

use crate::ui::i18n::tr;
use crate::ui::state::AppState;
use category::CategoryChart;
use curves::CostCurveChart;
use deploycalc_core::model::money::Currency;
use deploycalc_core::url::Lang;
use latency::LatencyChart;
use leptos::prelude::*;
use radar::RadarChart;

/// Every chart's option, for the moment they are all rebuilt after a change (the benchmark).
pub(super) type ChartMemos = StoredValue<Vec<Memo<Option<charming::Chart>>>>;

fn unit_per_month(c: Currency, lang: Lang) -> String {
    format!("{} / {}", c.symbol(), tr(lang, "月", "month"))
}

/// A chart's data as a table: a header row of series, one row per plan.
fn data_table(plans: Vec<String>, series: Vec<String>, cells: Vec<Vec<String>>) -> impl IntoView {
    view! {
        <table class="data">
            <thead><tr><th scope="col"></th>{series.into_iter().map(|s| view! { <th scope="col">{s}</th> }).collect_view()}</tr></thead>
            <tbody>
                {plans.into_iter().zip(cells).map(|(p, cs)| view! {
                    <tr><th scope="row">{p}</th>{cs.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}</tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

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
