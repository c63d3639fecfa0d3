//! The performance-records tab.

use super::filters::SearchField;
use crate::ui::i18n::{confidence_text, metric_text, perf_unit_text, record_count, stale_text, tr};
use crate::ui::state::AppState;
use deploycalc_core::model::catalog::{Catalog, Percentile, PerfUnit};
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::catalog_table::{perf_rows, PerfRow};
use leptos::prelude::*;

fn percentile_text(p: Percentile) -> &'static str {
    match p {
        Percentile::P50 => "p50",
        Percentile::P95 => "p95",
        Percentile::P99 => "p99",
    }
}

#[derive(Clone, Debug, PartialEq)]
struct PerfVm {
    rows: Vec<PerfRow>,
    total: usize,
    lang: Lang,
}

#[component]
pub(super) fn PerfTab(catalog: &'static Catalog) -> impl IntoView {
    let lang = AppState::expect().lang;
    let search = RwSignal::new(String::new());
    let vm = Memo::new(move |_| PerfVm {
        rows: perf_rows(catalog, &search.get(), catalog.meta.as_of),
        total: catalog.perf.len(),
        lang: lang.get(),
    });
    let body = move || {
        vm.with(|vm| {
            let l = vm.lang;
            let head = view! {
                <tr>
                    <th scope="col">{tr(l, "对象", "Subject")}</th>
                    <th scope="col">{tr(l, "指标", "Metric")}</th>
                    <th scope="col" class="num">{tr(l, "数值", "Value")}</th>
                    <th scope="col">{tr(l, "来源", "Source")}</th>
                    <th scope="col">{tr(l, "日期", "As of")}</th>
                    <th scope="col">{tr(l, "可信度", "Confidence")}</th>
                </tr>
            };
            let rows = vm
                .rows
                .iter()
                .map(|r| {
                    let value = format!(
                        "{}{}{}",
                        r.value,
                        match r.unit {
                            PerfUnit::Percent => "",
                            _ => " ",
                        },
                        perf_unit_text(l, r.unit)
                    );
                    let pct = r.percentile.map(|p| view! { <span class="pct">{percentile_text(p)}</span> });
                    let target = r.target.then(|| {
                        view! { <span class="badge badge-target">{tr(l, "目标值", "target")}</span> }
                    });
                    let stale = r
                        .stale
                        .then(|| view! { <span class="badge badge-stale">{stale_text(l)}</span> });
                    let src = match &r.source_url {
                        Some(u) => view! { <a href=u.clone() target="_blank" rel="noopener noreferrer">{r.source.clone()}</a> }.into_any(),
                        None => r.source.clone().into_any(),
                    };
                    view! {
                        <tr data-testid=format!("perf-row-{}", r.id)>
                            <td>{r.subject.text(l)}</td>
                            <td>{metric_text(l, r.metric)}" "{pct}" "{target}</td>
                            <td class="num">{value}</td>
                            <td class="src" title=r.note.clone().unwrap_or_default()>{src}</td>
                            <td class="date">{r.as_of.to_string()}" "{stale}</td>
                            <td><span class=format!("badge conf-{}", r.confidence.as_str())>{confidence_text(l, r.confidence)}</span></td>
                        </tr>
                    }
                })
                .collect_view();
            let count = record_count(l, vm.rows.len(), vm.total);
            view! {
                <p class="catalog-count" data-testid="perf-count" aria-live="polite">{count}</p>
                <div class="table-scroll" role="region" tabindex="0" aria-label=tr(l, "性能数据表", "Performance records")>
                    <table class="catalog-table" data-testid="perf-table">
                        <thead>{head}</thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    };
    view! {
        <div class="catalog-controls">
            <SearchField id="perf-search" placeholder=("对象、指标、来源…", "Subject, metric, source…") search=search />
        </div>
        {body}
    }
}
