//! The compare page's sentences.

use super::catalog::purchase_text;
use super::key::{t, Key};
use super::tr;
use crate::engine::estimate::{CapacityCheck, CapacityStatus};
use crate::engine::purchase::Adjustment;
use crate::model::money::MoneyRange;
use crate::model::vocab::Lang;
use crate::report::format;

/// A plan's monthly range as shown: "至少 $120–$180" / "at least $120–$180" when a line's
/// price is unknown (the total is then a lower bound), else the range alone.
pub fn money_text(lang: Lang, r: MoneyRange, lower_bound: bool) -> String {
    let s = format::money_range(r);
    if lower_bound {
        format!("{} {s}", t(lang, Key::AtLeast))
    } else {
        s
    }
}

/// A group of inputs in the compare page's scenario form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputGroup {
    Usage,
    ConversationModel,
    Data,
    RegionCurrency,
    Purchase,
    Requirements,
}

impl InputGroup {
    pub const ALL: [InputGroup; 6] = [
        InputGroup::Usage,
        InputGroup::ConversationModel,
        InputGroup::Data,
        InputGroup::RegionCurrency,
        InputGroup::Purchase,
        InputGroup::Requirements,
    ];

    /// The group's name in test ids (`reset-{slug}`): its English title in lower case, words
    /// joined by '-'.
    pub fn slug(self) -> &'static str {
        match self {
            InputGroup::Usage => "usage",
            InputGroup::ConversationModel => "conversation-model",
            InputGroup::Data => "data",
            InputGroup::RegionCurrency => "region-and-currency",
            InputGroup::Purchase => "purchase-options",
            InputGroup::Requirements => "requirements",
        }
    }
}

/// An input group's title: 用量 / Usage, …
pub fn input_group_text(lang: Lang, g: InputGroup) -> &'static str {
    match g {
        InputGroup::Usage => tr(lang, "用量", "Usage"),
        InputGroup::ConversationModel => tr(lang, "对话模型", "Conversation model"),
        InputGroup::Data => tr(lang, "数据", "Data"),
        InputGroup::RegionCurrency => tr(lang, "地区与币种", "Region and currency"),
        InputGroup::Purchase => tr(lang, "购买方式", "Purchase options"),
        InputGroup::Requirements => tr(lang, "要求", "Requirements"),
    }
}

/// A plan's capacity at the peak: "✓ 2 unit(s) × 50 concurrent users", "⚠ needs 3 units,
/// priced 1", "✗ cannot scale: at most 40 users at once".
pub fn capacity_text(lang: Lang, c: &CapacityCheck) -> String {
    let n = |x: f64| format::number(x, 0);
    match (&c.status, lang) {
        (CapacityStatus::Ok, Lang::Zh) => {
            format!("✓ {} 单元 × {} 人并发", n(c.needed_units), n(c.per_unit))
        }
        (CapacityStatus::Ok, Lang::En) => format!(
            "✓ {} unit(s) × {} concurrent users",
            n(c.needed_units),
            n(c.per_unit)
        ),
        (CapacityStatus::NeedsMore { needed, priced }, Lang::Zh) => {
            format!("⚠ 需要 {} 个单元, 估算只含 {}", n(*needed), n(*priced))
        }
        (CapacityStatus::NeedsMore { needed, priced }, Lang::En) => {
            format!("⚠ needs {} units, priced {}", n(*needed), n(*priced))
        }
        (CapacityStatus::CannotScale { max_users }, Lang::Zh) => {
            format!("✗ 无法扩展，最多 {} 人同时使用", n(*max_users))
        }
        (CapacityStatus::CannotScale { max_users }, Lang::En) => {
            format!("✗ cannot scale: at most {} users at once", n(*max_users))
        }
    }
}

/// What changed a line's unit price: "your price", "Reserved 1 yr (seed's discount)",
/// "Spot 30%", "discount 12.5%", …
pub fn adjustment_text(lang: Lang, a: &Adjustment) -> String {
    match a {
        Adjustment::Override => tr(lang, "自定义单价", "your price").into(),
        Adjustment::Purchase { option, sourced } => {
            let seed = tr(lang, "（种子折扣）", " (seed's discount)");
            format!(
                "{}{}",
                purchase_text(lang, *option),
                if *sourced { "" } else { seed }
            )
        }
        Adjustment::PurchaseUnavailable { option } => format!(
            "{} {}",
            purchase_text(lang, *option),
            tr(lang, "无价格，按需计", "not priced: on demand used")
        ),
        Adjustment::Spot { share_percent, .. } => {
            format!("Spot {}%", format::number(*share_percent, 0))
        }
        Adjustment::Discount { percent } => format!(
            "{} {}%",
            tr(lang, "折扣", "discount"),
            format::number(*percent, 1)
        ),
    }
}

/// A flagged line's audit: "⚠ seed says $5.00–$10.00 · catalog $6.00 (+20%)"; the catalog
/// price reads "unknown" when the catalog has none, and the difference is left out then.
pub fn audit_note_text(
    lang: Lang,
    seed: MoneyRange,
    catalog: Option<MoneyRange>,
    diff: Option<f64>,
) -> String {
    let catalog = catalog
        .map(format::money_range)
        .unwrap_or_else(|| t(lang, Key::Unknown).to_string());
    let diff = diff
        .map(|d| format!(" ({:+.0}%)", d * 100.0))
        .unwrap_or_default();
    format!(
        "⚠ {} {} · {} {catalog}{diff}",
        tr(lang, "种子写", "seed says"),
        format::money_range(seed),
        tr(lang, "目录价", "catalog"),
    )
}
