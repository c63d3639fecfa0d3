//! What the four charts share: the data table that stands beside each chart for screen
//! readers.

use leptos::prelude::*;

/// A chart's data as a table: the corner cell, a header row of columns, and a row each with
/// its header and cells, all as text.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct TableData {
    pub corner: String,
    pub columns: Vec<String>,
    pub rows: Vec<(String, Vec<String>)>,
}

/// Where one cell's text is in a [`TableData`].
type Cell = dyn Fn(&TableData) -> Option<&String> + Send + Sync;

/// The table of `data`. Its rows and cells are built when its shape changes; otherwise an
/// input changes only the text of the cells whose text changed (rebuilding the table would
/// remove and set again every cell's attributes, with `erase_components`).
#[component]
pub(super) fn DataTable(data: Memo<Option<TableData>>) -> impl IntoView {
    let shape = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref().map(|d| {
                (
                    d.columns.len(),
                    d.rows.iter().map(|r| r.1.len()).collect::<Vec<_>>(),
                )
            })
        })
    });
    let text = move |f: Box<Cell>| {
        move || data.with(|d| d.as_ref().and_then(&f).cloned().unwrap_or_default())
    };
    move || {
        shape.get().map(|(columns, rows)| {
            view! {
                <table class="data">
                    <thead><tr>
                        <th scope="col">{text(Box::new(|d| Some(&d.corner)))}</th>
                        {(0..columns).map(|j| view! {
                            <th scope="col">{text(Box::new(move |d| d.columns.get(j)))}</th>
                        }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().enumerate().map(|(i, n)| view! {
                            <tr>
                                <th scope="row">{text(Box::new(move |d| d.rows.get(i).map(|r| &r.0)))}</th>
                                {(0..n).map(|j| view! {
                                    <td class="num">{text(Box::new(move |d| d.rows.get(i).and_then(|r| r.1.get(j))))}</td>
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
        })
    }
}
