//! What the four charts share: the data table that stands beside each chart for screen
//! readers.

use leptos::prelude::*;

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
