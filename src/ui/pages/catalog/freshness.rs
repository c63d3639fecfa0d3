//! The freshness tab: one row a source of the price figures, with its newest and oldest
//! as-of date and their age bands, and its records by confidence. Every number comes from
//! `deploycalc_core::report::freshness`.

use crate::ui::i18n::{
    age_text, confidence_text, freshness_caption, freshness_head, freshness_rule, read_on_text,
    FreshnessHead as H,
};
use crate::ui::state::AppState;
use crate::ui::widgets::freshness_badge::freshness_badge;
use deploycalc_core::model::catalog::{Catalog, Confidence};
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::freshness::{freshness_report, Dated, Freshness, Tally};
use leptos::prelude::*;

/// A date cell: the date, its badge, and its age — or, for an undated seed, that the date
/// is only the day it was read.
fn dated_cell(l: Lang, d: Dated) -> impl IntoView {
    let under = match d.badge {
        Freshness::Undated => read_on_text(l).to_string(),
        _ => age_text(l, d.age_days),
    };
    view! {
        <td class="date">
            {d.date.to_string()}" "{freshness_badge(l, d.badge)}
            <span class="fresh-age">{under}</span>
        </td>
    }
}

/// The number cells of a row: records, newest, oldest, then one count per confidence.
fn tally_cells(l: Lang, t: &Tally) -> impl IntoView {
    let conf = Confidence::ALL
        .map(|c| {
            let n = t.by_confidence.get(c);
            view! { <td class="num" class:zero=n == 0>{n}</td> }
        })
        .collect_view();
    view! {
        <td class="num">{t.records}</td>
        {dated_cell(l, t.newest)}
        {dated_cell(l, t.oldest)}
        {conf}
    }
}

#[component]
pub(super) fn FreshnessTab(catalog: &'static Catalog) -> impl IntoView {
    let lang = AppState::expect().lang;
    let report = freshness_report(catalog);
    move || {
        let l = lang.get();
        let rows = report
            .groups
            .iter()
            .map(|g| {
                view! {
                    <tr data-testid=format!("fresh-row-{}", g.group.key())>
                        <th scope="row">{g.label(l)}</th>
                        {tally_cells(l, &g.tally)}
                    </tr>
                }
            })
            .collect_view();
        let foot = report.total.map(|t| {
            view! {
                <tfoot>
                    <tr data-testid="fresh-row-total">
                        <th scope="row">{freshness_head(l, H::AllSources)}</th>
                        {tally_cells(l, &t)}
                    </tr>
                </tfoot>
            }
        });
        let bands = report.total.map(|t| {
            Freshness::ALL
                .map(|f| {
                    view! {
                        <li>
                            {freshness_badge(l, f)}" "
                            <span data-testid=format!("fresh-count-{}", f.as_str())>
                                {t.by_freshness.get(f)}
                            </span>
                        </li>
                    }
                })
                .collect_view()
        });
        let conf_heads = Confidence::ALL
            .map(|c| view! { <th scope="col" class="num">{confidence_text(l, c)}</th> })
            .collect_view();
        view! {
            <p class="fresh-rule" data-testid="fresh-rule">{freshness_rule(l, report.as_of)}</p>
            <ul class="fresh-bands">{bands}</ul>
            <div
                class="table-scroll"
                id="freshness"
                role="region"
                tabindex="0"
                aria-label=freshness_caption(l, report.as_of)
            >
                <table class="catalog-table fresh-table" data-testid="fresh-table">
                    <caption>{freshness_caption(l, report.as_of)}</caption>
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2">{freshness_head(l, H::Source)}</th>
                            <th scope="col" rowspan="2" class="num">{freshness_head(l, H::Records)}</th>
                            <th scope="col" rowspan="2">{freshness_head(l, H::Newest)}</th>
                            <th scope="col" rowspan="2">{freshness_head(l, H::Oldest)}</th>
                            <th scope="colgroup" colspan="4" class="fresh-conf-head">
                                {freshness_head(l, H::ByConfidence)}
                            </th>
                        </tr>
                        <tr>{conf_heads}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    {foot}
                </table>
            </div>
        }
    }
}
