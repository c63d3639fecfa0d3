//! The provider-matrix tab: one table per section, open-source projects and edge platforms.

use crate::ui::i18n::{
    level_text, perf_unit_text, pick, support_text, tr, unit_text, unknown_text,
};
use crate::ui::state::AppState;
use deploycalc_core::model::catalog::{Catalog, PerfUnit};
use deploycalc_core::model::vocab::I18nText;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::catalog_table::{
    matrix_tables, Amount, MatrixCellView, MatrixRowView, MatrixTable, MatrixValue,
};
use deploycalc_core::report::format;
use leptos::prelude::*;

fn matrix_value_text(v: &MatrixValue, l: Lang) -> String {
    match v {
        MatrixValue::Names(n) => n.clone(),
        MatrixValue::Text(t) => text(l, t),
        MatrixValue::Support(s) => support_text(l, *s).to_string(),
        MatrixValue::Level(level, scale) => level_text(l, *level, *scale).to_string(),
        MatrixValue::Figure { text, unit } => match unit {
            Some(PerfUnit::Percent) => format!("{text}%"),
            Some(u) => format!("{text} {}", perf_unit_text(l, *u)),
            None => text.clone(),
        },
        MatrixValue::Price { amount, unit } => match amount {
            Amount::Known(_) => format!("{} / {}", amount.text(l), unit_text(l, *unit)),
            _ => unknown_text(l).to_string(),
        },
        MatrixValue::Money(m) => format!("{}{}", format::money_range(*m), tr(l, "/月", "/month")),
        MatrixValue::Unknown => unknown_text(l).to_string(),
    }
}

#[derive(Clone, Debug, PartialEq)]
struct MatrixVm {
    tables: Vec<MatrixTable>,
    lang: Lang,
}

/// The tab: one table per matrix section, then the open-source projects and edge platforms.
#[component]
pub(super) fn MatrixTab(catalog: &'static Catalog) -> impl IntoView {
    let lang = AppState::expect().lang;
    let tables = matrix_tables(catalog);
    let vm = Memo::new(move |_| MatrixVm {
        tables: tables.clone(),
        lang: lang.get(),
    });
    move || {
        vm.with(|vm| {
            let l = vm.lang;
            let sections = vm.tables.iter().map(|t| section_view(t, l)).collect_view();
            let has_projects = !catalog.matrix.projects.is_empty();
            let has_edges = !catalog.matrix.edge_platforms.is_empty();
            view! {
                <div class="matrix" data-testid="matrix">
                    {sections}
                    {has_projects.then(|| projects_view(catalog, l))}
                    {has_edges.then(|| edges_view(catalog, l))}
                </div>
            }
        })
    }
}

fn text(l: Lang, t: &I18nText) -> String {
    pick(l, t).to_string()
}

/// One cell of a section's table: the value, its note and its source.
fn cell_view(c: &Option<MatrixCellView>, l: Lang) -> AnyView {
    let Some(c) = c else {
        return view! { <td class="muted">"—"</td> }.into_any();
    };
    let note = c
        .note
        .as_ref()
        .map(|n| view! { <span class="cell-note">{text(l, n)}</span> });
    let src = c.source.as_ref().map(|s| match &c.source_url {
        Some(u) => view! { <a class="cell-src" href=u.clone() target="_blank" rel="noopener noreferrer" title=s.clone()>{tr(l, "来源", "source")}</a> }.into_any(),
        None => view! { <span class="cell-src" title=s.clone()>{tr(l, "来源：", "source: ")}{s.clone()}</span> }.into_any(),
    });
    view! { <td>{matrix_value_text(&c.value, l)}{note}{src}</td> }.into_any()
}

fn row_view(t: &MatrixTable, r: &MatrixRowView, l: Lang) -> impl IntoView {
    let cells = r.cells.iter().map(|c| cell_view(c, l)).collect_view();
    view! {
        <tr data-testid=format!("matrix-row-{}-{}", t.id, r.id)>
            <th scope="row">{text(l, &r.label)}</th>
            {cells}
        </tr>
    }
}

/// One matrix section: title, table, summary and source line.
fn section_view(t: &MatrixTable, l: Lang) -> impl IntoView {
    let title_id = format!("matrix-{}", t.id);
    let labelled_by = title_id.clone();
    let head = t
        .columns
        .iter()
        .map(|(_, name)| view! { <th scope="col">{text(l, name)}</th> })
        .collect_view();
    let rows = t.rows.iter().map(|r| row_view(t, r, l)).collect_view();
    let summary = t
        .summary
        .as_ref()
        .map(|s| view! { <p class="matrix-summary">{text(l, s)}</p> });
    let source = match &t.source_url {
        Some(u) => view! { <a href=u.clone() target="_blank" rel="noopener noreferrer">{t.source.clone()}</a> }.into_any(),
        None => t.source.clone().into_any(),
    };
    view! {
        <section class="matrix-section" aria-labelledby=labelled_by>
            <h3 id=title_id>{text(l, &t.title)}</h3>
            <div class="table-scroll" role="region" tabindex="0" aria-label=text(l, &t.title)>
                <table class="catalog-table matrix-table" data-testid=format!("matrix-{}", t.id)>
                    <thead>
                        <tr>
                            <th scope="col">{tr(l, "项目", "Item")}</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {summary}
            <p class="matrix-source">
                {tr(l, "来源：", "Source: ")}{source}" · "{tr(l, "日期 ", "as of ")}{t.as_of.to_string()}
            </p>
        </section>
    }
}

/// The open-source projects' activity table.
fn projects_view(catalog: &'static Catalog, l: Lang) -> impl IntoView {
    let projects = catalog
        .matrix
        .projects
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{p.name.clone()}</th>
                    <td class="num">{p.stars.to_text()}</td>
                    <td class="num">{p.forks.to_text()}</td>
                    <td class="num">{p.contributors.to_text()}</td>
                    <td>{text(l, &p.activity)}</td>
                    <td class="src">{p.source.clone()}" · "{p.as_of.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="matrix-section" aria-labelledby="matrix-projects">
            <h3 id="matrix-projects">{tr(l, "开源项目活跃度", "Open-source project activity")}</h3>
            <div class="table-scroll" role="region" tabindex="0" aria-label=tr(l, "开源项目活跃度", "Open-source project activity")>
                <table class="catalog-table">
                    <thead><tr>
                        <th scope="col">{tr(l, "项目", "Project")}</th>
                        <th scope="col" class="num">"Stars"</th>
                        <th scope="col" class="num">"Forks"</th>
                        <th scope="col" class="num">{tr(l, "贡献者", "Contributors")}</th>
                        <th scope="col">{tr(l, "活跃度", "Activity")}</th>
                        <th scope="col">{tr(l, "来源", "Source")}</th>
                    </tr></thead>
                    <tbody>{projects}</tbody>
                </table>
            </div>
        </section>
    }
}

/// The CDN / edge / PaaS platforms table.
fn edges_view(catalog: &'static Catalog, l: Lang) -> impl IntoView {
    let edges = catalog
        .matrix
        .edge_platforms
        .iter()
        .map(|e| {
            view! {
                <tr>
                    <th scope="row">{e.name.clone()}</th>
                    <td>{text(l, &e.strengths)}</td>
                    <td>{text(l, &e.weaknesses)}</td>
                    <td>{text(l, &e.fits)}</td>
                    <td class="src">{e.source.clone()}" · "{e.as_of.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="matrix-section" aria-labelledby="matrix-edge">
            <h3 id="matrix-edge">{tr(l, "CDN / 边缘 / PaaS 平台", "CDN, edge and PaaS platforms")}</h3>
            <div class="table-scroll" role="region" tabindex="0" aria-label=tr(l, "CDN / 边缘 / PaaS 平台", "CDN, edge and PaaS platforms")>
                <table class="catalog-table">
                    <thead><tr>
                        <th scope="col">{tr(l, "平台", "Platform")}</th>
                        <th scope="col">{tr(l, "优势", "Strengths")}</th>
                        <th scope="col">{tr(l, "不足", "Weaknesses")}</th>
                        <th scope="col">{tr(l, "适合", "Fits")}</th>
                        <th scope="col">{tr(l, "来源", "Source")}</th>
                    </tr></thead>
                    <tbody>{edges}</tbody>
                </table>
            </div>
        </section>
    }
}
