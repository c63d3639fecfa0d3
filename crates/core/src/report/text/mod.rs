//! Every word the app shows or exports, in Chinese and English, as compile-checked pairs:
//! each function or `match` takes both texts, so a missing translation does not compile.
//! With two languages this beats locale files (leptos_i18n would earn its place only with a
//! third language or translators who do not read Rust).
//!
//! One translation per concept: a word used on two pages is spelled once, here. Sentences
//! with numbers or names in them are functions with typed arguments, so the word order lives
//! in the message, not in the component.
//!
//! One file an area: `key` (the app's fixed labels), `catalog` (units, categories,
//! confidence, stages, purchase options, stale / retired / unknown), `scenario` (input fields
//! and workloads), `problems` (rejected inputs and URL problems), `catalog_page` (the catalog
//! browser's sentences), `freshness` (the freshness table's and summary's), `compare` (the compare page's), `decide` (the decide page's),
//! `export` (the exports' labels), `share` (the header, footer and custom-prices import's).

mod catalog;
mod catalog_page;
mod compare;
mod decide;
mod export;
mod freshness;
mod key;
mod problems;
mod scenario;
mod share;
mod sized_line;
mod sizing;
mod sizing_error;
mod sizing_result;
mod staff;

pub use catalog::{
    category_text, confidence_text, purchase_text, retired_text, stage_text, stale_text, unit_text,
    unknown_text,
};
pub use catalog_page::{
    catalog_intro, in_currency, level_text, metric_text, perf_unit_text, record_count, seed_system,
    support_text,
};
pub use compare::{
    adjustment_text, audit_note_text, capacity_text, computing_link, crossing_text, crossings_name,
    curve_x_text, flagged_lines_text, fx_assumption_text, input_group_text, latency_target_text,
    loading_page, money_text, seed_audit_text, seed_differs_text, seed_says_text, show_plan_text,
    InputGroup,
};
pub use decide::{
    at_least, at_scenario, axis_text, because, break_even_anchor, break_even_at, break_even_now,
    cost_against, decide_field_label, driver_value, evidence_cheaper, evidence_component,
    evidence_num, evidence_region, full_stop, gap_text, latency_fact, lever_saving, lever_text,
    no_break_even, path_differs, path_step, path_total, peak_fact, privacy_fact, question_number,
    region_text, ruled_out_by, scenario_says, seed_path, stay_total, staying_on, why_not,
    you_chose,
};
pub use export::{export_label, line_state_text, ExportLabel};
pub use freshness::{
    age_text, counted, freshness_caption, freshness_head, freshness_link, freshness_rule,
    freshness_summary_lead, freshness_text, freshness_title, read_on_text, source_group_text,
    FreshnessHead,
};
pub use key::{t, Key};
pub use problems::{reject_text, url_problem_text};
pub use scenario::{field_text, workload_text};
pub use share::{
    brand_alt, catalog_price_text, footer_note, import_applied, import_file_word, import_refused,
    page_text, pages_label, problem_text,
};
pub use sized_line::{model_count_audit_text, sized_line_text, sizing_error_brief};
pub use sizing::{billing_text, precision_text, sizing_field_label, sizing_intro, sizing_title};
pub use sizing_error::{
    assumption_text, context_too_long, does_not_fit, fix_context, fix_hardware, fix_precision,
    invalid_input, latency_unreachable, missing_figure, no_fix,
};
pub use sizing_result::{
    break_even_meaning, hardware_option, memory_sum, multiple_text, no_crossing, owned_group,
    replaced_text, sizing_heading, sizing_row_label, source_role, tokens_text, SizingHeading,
    SizingRow, SourceRole,
};
pub use staff::{
    engineer_cost_label, gpus_from_model_text, staff_audit_text, staff_line_text, staff_switch_text,
};

use crate::model::vocab::I18nText;
use crate::model::vocab::Lang;

/// Inline zh/en pair: both texts are required, so a missing translation does not compile.
pub fn tr(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Picks the zh or en text of a catalog record.
pub fn pick(lang: Lang, text: &I18nText) -> &str {
    match lang {
        Lang::Zh => &text.zh,
        Lang::En => &text.en,
    }
}
