//! What the four charts share: the list of their option memos, and the data table that
//! stands beside each chart for screen readers.

use leptos::prelude::*;

/// Every chart's option, for the moment they are all rebuilt after a change (the benchmark).
pub(super) type ChartMemos = StoredValue<Vec<Memo<Option<charming::Chart>>>>;

/// A chart's data as a table: a header row of series, one row per plan.
pub(super) fn data_table(
    plans: Vec<String>,
    series: Vec<String>,
    cells: Vec<Vec<String>>,
) -> impl IntoView {
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
