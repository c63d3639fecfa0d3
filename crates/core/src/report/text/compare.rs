//! The compare page's sentences.

use super::key::{t, Key};
use super::tr;
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
