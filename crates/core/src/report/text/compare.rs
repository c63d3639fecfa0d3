//! The compare page's sentences.

use super::catalog::purchase_text;
use super::decide::at_least;
use super::key::{t, Key};
use super::tr;
use crate::engine::analysis::Axis;
use crate::engine::estimate::{CapacityCheck, CapacityStatus};
use crate::engine::purchase::Adjustment;
use crate::model::catalog::FxRecord;
use crate::model::money::MoneyRange;
use crate::model::vocab::Lang;
use crate::report::format;

/// A plan's monthly range as shown: "至少 $120–$180" / "at least $120–$180" when a line's
/// price is unknown (the total is then a lower bound), else the range alone.
pub fn money_text(lang: Lang, r: MoneyRange, lower_bound: bool) -> String {
    format!("{}{}", at_least(lang, lower_bound), format::money_range(r))
}

/// Shown over the prerendered default comparison while the app computes a link's own
/// scenario (its figures are hidden meanwhile, never shown as the visitor's).
pub fn computing_link(lang: Lang) -> &'static str {
    tr(
        lang,
        "正在计算此链接的场景…",
        "Computing the scenario in this link…",
    )
}

/// Shown in the prerendered frame while the app loads another page (decide, catalog).
pub fn loading_page(lang: Lang) -> &'static str {
    tr(lang, "正在加载页面…", "Loading the page…")
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
    // a sized capacity (9.9 a unit) keeps its decimal below 100, so that "2 × 9.9" explains
    // why a peak of 10 needs two units
    let per = if c.per_unit < 100.0 && (c.per_unit * 10.0).round() % 10.0 != 0.0 {
        format::number(c.per_unit, 1)
    } else {
        n(c.per_unit)
    };
    match (&c.status, lang) {
        (CapacityStatus::Ok, Lang::Zh) => {
            format!("✓ {} 单元 × {per} 人并发", n(c.needed_units))
        }
        (CapacityStatus::Ok, Lang::En) => {
            format!("✓ {} unit(s) × {per} concurrent users", n(c.needed_units))
        }
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
        Adjustment::CachedInput { share_percent } => match lang {
            Lang::Zh => format!("缓存命中 {}%", format::number(*share_percent, 0)),
            Lang::En => format!("Cached {}%", format::number(*share_percent, 0)),
        },
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
        "⚠ {} · {} {catalog}{diff}",
        seed_says_text(lang, &format::money_range(seed)),
        catalog_word(lang),
    )
}

/// What the seed states: "种子写 800 ms" / "seed says 800 ms".
pub fn seed_says_text(lang: Lang, stated: &str) -> String {
    format!("{} {stated}", tr(lang, "种子写", "seed says"))
}

/// "目录价" / "catalog", before a catalog price.
pub(super) fn catalog_word(lang: Lang) -> &'static str {
    tr(lang, "目录价", "catalog")
}

/// The seed audit's summary: "stated $400.00 · sum of the seed's lines $390.00 · at catalog
/// prices at least $380.00"; a missing stated total reads "—".
pub fn seed_audit_text(
    lang: Lang,
    stated: Option<MoneyRange>,
    sum: MoneyRange,
    catalog: MoneyRange,
    catalog_lower_bound: bool,
) -> String {
    let stated = stated
        .map(format::money_range)
        .unwrap_or_else(|| "—".into());
    format!(
        "{} {stated} · {} {} · {} {}",
        tr(lang, "种子总额", "stated"),
        tr(lang, "种子各项之和", "sum of the seed's lines"),
        format::money_range(sum),
        tr(lang, "按目录价", "at catalog prices"),
        money_text(lang, catalog, catalog_lower_bound),
    )
}

/// "2 项与种子相差超过 10%" / "2 line(s) differ from the seed by more than 10%".
pub fn flagged_lines_text(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("{count} 项与种子相差超过 10%"),
        Lang::En => format!("{count} line(s) differ from the seed by more than 10%"),
    }
}

/// "⚠ 目录价相差 +20%" / "⚠ catalog differs by +20%" (`diff` is a fraction: 0.2 = +20%).
pub fn seed_differs_text(lang: Lang, diff: Option<f64>) -> String {
    let diff = diff
        .map(|d| format!("{:+.0}%", d * 100.0))
        .unwrap_or_default();
    format!("⚠ {} {diff}", tr(lang, "目录价相差", "catalog differs by"))
}

/// The button that shows a hidden plan again: "显示 Fargate" / "Show Fargate".
pub fn show_plan_text(lang: Lang, plan: &str) -> String {
    format!("{} {plan}", tr(lang, "显示", "Show"))
}

/// The latency chart's target mark: "目标 2,000 ms" / "target 2,000 ms".
pub fn latency_target_text(lang: Lang, target_ms: f64) -> String {
    format!(
        "{} {} ms",
        tr(lang, "目标", "target"),
        format::number(target_ms, 0)
    )
}

/// The exchange-rate assumption: "Exchange rate: 1 USD = 7.2000 CNY (Source: 6.7686
/// 2026-11-22, ECB)", the part in brackets being the catalog's default rate when known.
pub fn fx_assumption_text(lang: Lang, rate: f64, default: Option<&FxRecord>) -> String {
    let from = default
        .map(|d| {
            format!(
                " ({}: {} {}, {})",
                t(lang, Key::Source),
                format::number(d.cny_per_usd, 4),
                d.as_of,
                d.source
            )
        })
        .unwrap_or_default();
    format!(
        "{}: 1 USD = {} CNY{from}",
        t(lang, Key::AssumeFx),
        format::number(rate, 4)
    )
}

/// The cost-curves chart's legend name for its numbered crossing dots.
pub fn crossings_name(lang: Lang) -> &'static str {
    tr(lang, "交点", "Crossings")
}

/// A value on the cost curves' x axis with its unit, to the unit: "825 users" / "825 用户",
/// "413 h" / "413 小时", "50 GB".
pub fn curve_x_text(lang: Lang, axis: Axis, x: f64) -> String {
    let unit = match axis {
        Axis::Users => tr(lang, "用户", "users"),
        Axis::ConversationHours => tr(lang, "小时", "h"),
        Axis::StorageGb | Axis::EgressGb => "GB",
    };
    format!("{} {unit}", format::number(x, 0))
}

/// One crossing in the list under the cost-curves chart (after its number): where plans `a`
/// and `b` cost the same, and how much.
pub fn crossing_text(lang: Lang, axis: Axis, x: f64, a: &str, b: &str, cost: &str) -> String {
    let at = curve_x_text(lang, axis, x);
    match lang {
        Lang::Zh => format!("约 {at}时，{a} 与 {b} 成本相同：每月 {cost}"),
        Lang::En => format!("At about {at}, {a} and {b} cost the same: {cost} a month"),
    }
}
