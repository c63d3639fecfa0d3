//! The words of the CSV / JSON / Markdown exports that the page itself does not show.

use super::key::{t, Key};
use super::tr;
use crate::engine::estimate::LineState;
use crate::model::vocab::Lang;

/// Headings and labels of the Markdown report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportLabel {
    Title,
    Scenario,
    CatalogAsOf,
    ExportedOn,
    FxRate,
    Plan,
    Monthly,
    Yearly,
    PerUser,
    Latency,
    Lines,
    Item,
    Quantity,
    UnitPrice,
    Subtotal,
    Source,
}

impl ExportLabel {
    /// Every label, for the test that calls each in both languages.
    pub const ALL: [ExportLabel; 16] = [
        ExportLabel::Title,
        ExportLabel::Scenario,
        ExportLabel::CatalogAsOf,
        ExportLabel::ExportedOn,
        ExportLabel::FxRate,
        ExportLabel::Plan,
        ExportLabel::Monthly,
        ExportLabel::Yearly,
        ExportLabel::PerUser,
        ExportLabel::Latency,
        ExportLabel::Lines,
        ExportLabel::Item,
        ExportLabel::Quantity,
        ExportLabel::UnitPrice,
        ExportLabel::Subtotal,
        ExportLabel::Source,
    ];
}

/// A Markdown heading or label; the ones the page also shows are its keys.
pub fn export_label(lang: Lang, label: ExportLabel) -> &'static str {
    use ExportLabel::*;
    match label {
        Title => tr(lang, "部署方案对比（DeployCalc）", "DeployCalc comparison"),
        Scenario => tr(lang, "场景链接", "Scenario"),
        CatalogAsOf => t(lang, Key::AssumeCatalog),
        ExportedOn => tr(lang, "导出日期", "Exported on"),
        FxRate => tr(lang, "汇率", "Exchange rate"),
        Plan => t(lang, Key::Plan),
        Monthly => t(lang, Key::MonthlyTotal),
        Yearly => tr(lang, "每年", "Per year"),
        PerUser => tr(lang, "每用户每月", "Per user per month"),
        Latency => t(lang, Key::Latency),
        Lines => t(lang, Key::Lines),
        Item => t(lang, Key::Item),
        Quantity => t(lang, Key::Quantity),
        UnitPrice => t(lang, Key::UnitPrice),
        Subtotal => t(lang, Key::Subtotal),
        Source => t(lang, Key::Source),
    }
}

/// A line that does not count as priced: optional and off, or already owned; `None` for a
/// counted line.
pub fn line_state_text(lang: Lang, state: LineState) -> Option<&'static str> {
    match state {
        LineState::Counted => None,
        LineState::Excluded => Some(tr(lang, "可选，未计入", "optional, not counted")),
        LineState::Owned => Some(tr(lang, "已有，计 0", "owned: counts 0")),
    }
}
