//! The freshness table's and summary's words: age bands, source-group names, headings and
//! the sentence that says ages are counted to the catalog's date.

use super::tr;
use crate::model::catalog::Date;
use crate::model::vocab::{I18nText, Lang};
use crate::report::freshness::{Freshness, SourceGroup, FRESH_DAYS};

/// The age band's badge text (words, so that it never relies on colour).
pub fn freshness_text(lang: Lang, f: Freshness) -> &'static str {
    match f {
        Freshness::Fresh => tr(lang, "新鲜", "fresh"),
        Freshness::Aging => tr(lang, "较旧", "aging"),
        Freshness::Stale => super::stale_text(lang),
        Freshness::Undated => tr(lang, "无日期", "undated"),
    }
}

/// A source group's name: "LiteLLM 价格表" / "LiteLLM price map", "AWS：厂商及其他网页" /
/// "AWS: vendor and other pages", "种子文档 003" / "Seed write-up 003".
pub fn source_group_text(lang: Lang, g: &SourceGroup, provider: Option<&I18nText>) -> String {
    let fixed = |zh: &str, en: &str| tr_owned(lang, zh, en);
    match g {
        SourceGroup::LiteLlm => fixed("LiteLLM 价格表", "LiteLLM price map"),
        SourceGroup::Infracost => fixed("infracost 金标测试", "infracost golden tests"),
        SourceGroup::Cyclenerd => fixed(
            "Cyclenerd 生成的 GCP pricing.yml",
            "Cyclenerd's generated GCP pricing.yml",
        ),
        SourceGroup::Karpenter => fixed(
            "Karpenter 生成的 AWS 价格",
            "Karpenter's generated AWS prices",
        ),
        SourceGroup::SkyPilot => fixed("SkyPilot 价格目录", "SkyPilot catalog"),
        SourceGroup::ApiEvangelist => {
            fixed("API Evangelist 套餐汇编", "API Evangelist plan sweeps")
        }
        SourceGroup::Pages(id) => {
            let name = provider.map_or(id.as_str(), |n| super::pick(lang, n));
            match lang {
                Lang::Zh => format!("{name}：厂商及其他网页"),
                Lang::En => format!("{name}: vendor and other pages"),
            }
        }
        SourceGroup::Seed(n) => match lang {
            Lang::Zh => format!("种子文档 {n}"),
            Lang::En => format!("Seed write-up {n}"),
        },
    }
}

fn tr_owned(lang: Lang, zh: &str, en: &str) -> String {
    match lang {
        Lang::Zh => zh.to_string(),
        Lang::En => en.to_string(),
    }
}

/// The section's title.
pub fn freshness_title(lang: Lang) -> &'static str {
    tr(lang, "数据新鲜度", "Freshness")
}

/// How the bands are counted, and against which date.
pub fn freshness_rule(lang: Lang, as_of: Date) -> String {
    match lang {
        Lang::Zh => format!(
            "按价格记录的来源分组，列出最新和最早的日期。年龄按目录日期 {as_of} 计算（不是今天的日期）：{FRESH_DAYS} 天以内为“新鲜”，12 个月以内为“较旧”（不早于一年前的同一天），更早为“过时”。未注明日期的种子文档记为“无日期”，其日期只是读取该文档的日子。"
        ),
        Lang::En => format!(
            "Price records grouped by the source that publishes them, with the newest and oldest date of each. Ages are counted as of the catalog date, {as_of} (not today's date): fresh up to {FRESH_DAYS} days, aging up to 12 months (no earlier than the same day a year before), stale beyond. A seed write-up that carries no date counts as undated; its date is only the day it was read."
        ),
    }
}

/// Column headings of the freshness table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FreshnessHead {
    Source,
    Records,
    Newest,
    Oldest,
    ByConfidence,
    AllSources,
}

impl FreshnessHead {
    pub const ALL: [FreshnessHead; 6] = [
        FreshnessHead::Source,
        FreshnessHead::Records,
        FreshnessHead::Newest,
        FreshnessHead::Oldest,
        FreshnessHead::ByConfidence,
        FreshnessHead::AllSources,
    ];
}

pub fn freshness_head(lang: Lang, h: FreshnessHead) -> &'static str {
    match h {
        FreshnessHead::Source => tr(lang, "来源", "Source"),
        FreshnessHead::Records => tr(lang, "记录数", "Records"),
        FreshnessHead::Newest => tr(lang, "最新日期", "Newest as of"),
        FreshnessHead::Oldest => tr(lang, "最早日期", "Oldest as of"),
        FreshnessHead::ByConfidence => tr(lang, "按可信度", "By confidence"),
        FreshnessHead::AllSources => tr(lang, "全部来源", "All sources"),
    }
}

/// The table's caption: "价格记录的数据新鲜度（按目录日期 2026-11-22）" /
/// "Freshness of the price records, as of the catalog date 2026-11-22".
pub fn freshness_caption(lang: Lang, as_of: Date) -> String {
    match lang {
        Lang::Zh => format!("价格记录的数据新鲜度（按目录日期 {as_of}）"),
        Lang::En => format!("Freshness of the price records, as of the catalog date {as_of}"),
    }
}

/// What an undated figure's date means: "读取于" / "read on".
pub fn read_on_text(lang: Lang) -> &'static str {
    tr(lang, "读取日期", "date read")
}

/// An age in days: "63 天" / "63 days" ("1 day").
pub fn age_text(lang: Lang, days: i32) -> String {
    match (lang, days) {
        (Lang::Zh, _) => format!("{days} 天"),
        (Lang::En, 1) => "1 day".to_string(),
        (Lang::En, _) => format!("{days} days"),
    }
}

/// A count with its word: "新鲜 120 条" / "120 fresh".
pub fn counted(lang: Lang, word: &str, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{word} {n} 条"),
        Lang::En => format!("{n} {word}"),
    }
}

/// The assumptions panel's lead-in: "价格数据新鲜度（按目录日期 2026-11-22，共 263 条）" /
/// "Price freshness as of the catalog date 2026-11-22 (263 records)".
pub fn freshness_summary_lead(lang: Lang, as_of: Date, records: usize) -> String {
    match lang {
        Lang::Zh => format!("价格数据新鲜度（按目录日期 {as_of}，共 {records} 条）"),
        Lang::En => format!("Price freshness as of the catalog date {as_of} ({records} records)"),
    }
}

/// The link from the summary to the full table.
pub fn freshness_link(lang: Lang) -> &'static str {
    tr(
        lang,
        "按来源查看新鲜度（价格目录）→",
        "Freshness by source (catalog) →",
    )
}
