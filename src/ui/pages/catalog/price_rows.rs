//! A column header that sorts, and the price table's rows and cells.

use crate::ui::i18n::{retired_text, stale_text, tr, unit_text};
use crate::ui::state::AppState;
use deploycalc_core::model::catalog::Unit;
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::catalog_table::{
    next_sort, Amount, Column, Direction, PriceRow, PriceTable,
};
use leptos::prelude::*;

/// What the price table shows: the core's rows plus what the cells need to be worded.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct PriceVm {
    pub(super) table: PriceTable,
    pub(super) columns: Vec<Column>,
    pub(super) lang: Lang,
}

/// A unit in words, for the cells and the CSV.
pub(super) fn unit_word(lang: Lang) -> impl Fn(Unit) -> String {
    move |u| unit_text(lang, u).to_string()
}

/// A column header: a button that sorts by the column, with `aria-sort` on the cell.
#[component]
pub(super) fn PriceHeader(
    column: Column,
    sort: RwSignal<(Column, Direction)>,
    currency: RwSignal<Currency>,
) -> impl IntoView {
    let lang = AppState::expect().lang;
    let aria = move || {
        let (c, d) = sort.get();
        if c == column {
            d.aria()
        } else {
            "none"
        }
    };
    let arrow = move || {
        let (c, d) = sort.get();
        match (c == column, d) {
            (false, _) => "↕",
            (true, Direction::Asc) => "▲",
            (true, Direction::Desc) => "▼",
        }
    };
    let label = move || column.header(lang.get(), currency.get());
    let class = if column.numeric() { "num" } else { "" };
    if !column.sortable() {
        return view! { <th scope="col" class=class>{label}</th> }.into_any();
    }
    view! {
        <th scope="col" class=class aria-sort=aria>
            <button
                type="button"
                class="sort-btn"
                data-testid=format!("sort-{}", column.as_str())
                on:click=move |_| sort.update(|s| *s = next_sort(*s, column))
            >
                {label}
                <span class="sort-arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
    .into_any()
}

/// The rows `range` of the table (one `<tbody>` of several: the first screen renders first and
/// the rest in later tasks, see `prices::table_view`); the first range also says when no
/// record matches.
pub(super) fn price_rows_view(vm: &PriceVm, range: std::ops::Range<usize>) -> AnyView {
    let l = vm.lang;
    if vm.table.rows.is_empty() && range.start == 0 {
        return view! {
            <tr>
                <td class="empty" colspan=vm.columns.len().to_string()>
                    {tr(l, "没有符合条件的记录。", "No record matches.")}
                </td>
            </tr>
        }
        .into_any();
    }
    let words = unit_word(l);
    let rows = &vm.table.rows;
    rows[range.start.min(rows.len())..range.end.min(rows.len())]
        .iter()
        .map(|r| {
            let cells = vm
                .columns
                .iter()
                .map(|&c| price_cell(r, c, l, &words))
                .collect_view();
            view! {
                <tr data-testid=format!("catalog-row-{}", r.id) class:retired=r.retired.is_some()>
                    {cells}
                </tr>
            }
        })
        .collect_view()
        .into_any()
}

fn price_cell(r: &PriceRow, c: Column, l: Lang, words: &dyn Fn(Unit) -> String) -> AnyView {
    let text = r.cell_text(c, l, words);
    match c {
        Column::Id => view! {
            <td class="id"><code title=r.note.clone().unwrap_or_default()>{text}</code></td>
        }
        .into_any(),
        Column::Price
        | Column::Converted
        | Column::PerVcpuHour
        | Column::PerGibHour
        | Column::PerGpuHour => {
            let unknown = matches!(
                match c {
                    Column::Price => r.price,
                    Column::Converted => r.converted,
                    Column::PerVcpuHour => r.per_vcpu_hour,
                    Column::PerGibHour => r.per_gib_hour,
                    _ => r.per_gpu_hour,
                },
                Amount::Unknown
            );
            view! { <td class="num" class:unknown=unknown>{text}</td> }.into_any()
        }
        // long sources show two lines; the whole text is in the title and in the CSV
        Column::Source => {
            let title = text.clone();
            match r.source_url.clone() {
                Some(url) => view! {
                    <td class="src">
                        <a class="clamp" href=url target="_blank" rel="noopener noreferrer" title=title>
                            {text}
                        </a>
                    </td>
                }
                .into_any(),
                None => view! {
                    <td class="src"><span class="clamp" title=title>{text}</span></td>
                }
                .into_any(),
            }
        }
        Column::Service | Column::Sku | Column::Provider => {
            view! { <td class="wrap">{text}</td> }.into_any()
        }
        Column::AsOf => view! { <td class="date">{text}</td> }.into_any(),
        Column::Confidence => view! {
            <td>
                <span class=format!("badge conf-{}", r.confidence.as_str())>{text}</span>
            </td>
        }
        .into_any(),
        Column::Status => {
            let retired = r.retired.map(|d| {
                view! { <span class="badge badge-retired">{retired_text(l, d)}</span> }
            });
            let stale = r
                .stale
                .then(|| view! { <span class="badge badge-stale">{stale_text(l)}</span> });
            view! { <td class="status">{retired}" "{stale}</td> }.into_any()
        }
        _ => view! { <td>{text}</td> }.into_any(),
    }
}
