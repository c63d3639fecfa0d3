//! CSV / JSON / Markdown downloads of the comparison as shown (see `deploycalc_core::report::export`).

use crate::ui::browser::{download, full_url, today};
use crate::ui::i18n::{t, tr, unit_text, Key};
use crate::ui::pages::compare::model::{use_compare, CompareModel};
use crate::ui::state::AppState;
use deploycalc_core::engine::estimate::LineState;
use deploycalc_core::model::catalog::Unit;
use deploycalc_core::model::custom_prices::CustomPrices;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::export::{
    file_name, report, to_csv, to_json, to_markdown, Format, Label, View, Words,
};
use leptos::prelude::*;

/// The page's words for exports, in its language.
pub struct UiWords(pub Lang);

impl Words for UiWords {
    fn at_least(&self) -> &'static str {
        t(self.0, Key::AtLeast)
    }
    fn unknown(&self) -> &'static str {
        t(self.0, Key::Unknown)
    }
    fn unit(&self, unit: Unit) -> &'static str {
        unit_text(self.0, unit)
    }
    fn line_state(&self, state: LineState) -> Option<&'static str> {
        match state {
            LineState::Counted => None,
            LineState::Excluded => Some(tr(self.0, "可选，未计入", "optional, not counted")),
            LineState::Owned => Some(tr(self.0, "已有，计 0", "owned: counts 0")),
        }
    }
    fn label(&self, label: Label) -> &'static str {
        let l = self.0;
        match label {
            Label::Title => tr(l, "部署方案对比（DeployCalc）", "DeployCalc comparison"),
            Label::Scenario => tr(l, "场景链接", "Scenario"),
            Label::CatalogAsOf => t(l, Key::AssumeCatalog),
            Label::ExportedOn => tr(l, "导出日期", "Exported on"),
            Label::FxRate => tr(l, "汇率", "Exchange rate"),
            Label::Plan => tr(l, "方案", "Plan"),
            Label::Monthly => t(l, Key::MonthlyTotal),
            Label::Yearly => tr(l, "每年", "Per year"),
            Label::PerUser => tr(l, "每用户每月", "Per user per month"),
            Label::Latency => tr(l, "端到端延迟", "End-to-end latency"),
            Label::Lines => t(l, Key::Lines),
            Label::Item => t(l, Key::Item),
            Label::Quantity => t(l, Key::Quantity),
            Label::UnitPrice => t(l, Key::UnitPrice),
            Label::Subtotal => t(l, Key::Subtotal),
            Label::Source => t(l, Key::Source),
        }
    }
}

/// Builds one export of the comparison as it is shown, and downloads it.
fn export(st: AppState, model: Memo<Option<CompareModel>>, format: Format) {
    let Some(m) = model.get_untracked() else {
        return;
    };
    let catalog = st.catalog;
    let state = st.decoded.with_untracked(|d| d.0.clone());
    let lang = st.lang.get_untracked();
    let words = UiWords(lang);
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
    let r = report(&m.shown(), &view, catalog, &words);
    let text = match format {
        // a byte-order mark, so that spreadsheet programs read the Chinese text as UTF-8
        Format::Csv => format!("\u{feff}{}", to_csv(&r).unwrap_or_default()),
        Format::Json => to_json(&r),
        Format::Markdown => to_markdown(&r, &words),
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
