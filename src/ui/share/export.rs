//! CSV / JSON / Markdown downloads of the comparison as shown (see `deploycalc_core::report::export`).

use crate::ui::browser::{download, full_url, today};
use crate::ui::i18n::tr;
use crate::ui::pages::compare::model::{use_compare, CompareModel};
use crate::ui::state::AppState;
use deploycalc_core::model::custom_prices::CustomPrices;
use deploycalc_core::report::export::{
    file_name, report, to_csv, to_json, to_markdown, Format, SizingReport, View,
};
use deploycalc_core::report::sizing::SizingView;
use leptos::prelude::*;

/// Builds one export of the comparison as it is shown, and downloads it.
fn export(st: AppState, model: Memo<Option<CompareModel>>, format: Format) {
    let Some(m) = model.get_untracked() else {
        return;
    };
    let catalog = st.catalog;
    let state = st.decoded.with_untracked(|d| d.0.clone());
    let lang = st.lang.get_untracked();
    let today = today().unwrap_or(catalog.meta.as_of);
    let url = full_url(&state);
    let custom = CustomPrices::from_scenario(&state.scenario);
    let view = View {
        lang,
        url: &url,
        workload: state.scenario.workload,
        currencies: &m.currencies,
        fx: m.fx,
        users: m.users,
        expanded: &state.expanded,
        custom: &custom,
        today,
    };
    let mut r = report(&m.shown(), &view, catalog);
    // the sizing panel's inputs and results ride along (report::export::SizingReport)
    r.sizing = SizingView::build(catalog, &state.scenario, &state.sizing, lang)
        .map(|v| SizingReport::of(&v));
    let text = match format {
        // a byte-order mark, so that spreadsheet programs read the Chinese text as UTF-8
        Format::Csv => format!("\u{feff}{}", to_csv(&r).unwrap_or_default()),
        Format::Json => to_json(&r),
        Format::Markdown => to_markdown(&r, lang),
    };
    download(
        &file_name(state.scenario.workload, today, format),
        format.mime(),
        &text,
    );
}

/// The three export buttons.
#[component]
pub fn ExportButtons() -> impl IntoView {
    let st = AppState::expect();
    let model = use_compare();
    let lang = st.lang;
    let button = move |format: Format, testid: &'static str, label: &'static str| {
        view! {
            <button
                type="button"
                class="share-btn"
                data-testid=testid
                on:click=move |_| export(st, model, format)
            >
                {label}
            </button>
        }
    };
    view! {
        <span class="export-group" role="group" aria-label=move || tr(lang.get(), "导出对比", "Export the comparison")>
            <span class="export-label" aria-hidden="true">{move || tr(lang.get(), "导出", "Export")}</span>
            {button(Format::Csv, "export-csv", "CSV")}
            {button(Format::Json, "export-json", "JSON")}
            {button(Format::Markdown, "export-md", "Markdown")}
        </span>
    }
}
