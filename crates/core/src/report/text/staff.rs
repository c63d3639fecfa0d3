//! Staff time's words: the switch, the engineer's cost input, the line and the audit note.

use super::tr;
use crate::engine::estimate::staff::StaffLine;
use crate::model::money::MoneyRange;
use crate::model::vocab::Lang;
use crate::report::format;

/// The switch's label.
pub fn staff_switch_text(lang: Lang) -> &'static str {
    tr(
        lang,
        "计入运维人力（按方案的日常运维和排障评分折算工程师时间）",
        "Count staff time (each plan's daily-ops and troubleshooting rating as engineer time)",
    )
}

/// The cost input's label, with the currency it is typed in and the catalog's figure used
/// when it is empty: "一名工程师的月度全成本（CNY；留空按 26,079）".
pub fn engineer_cost_label(lang: Lang, currency: &str, catalog_figure: &str) -> String {
    match lang {
        Lang::Zh => format!("一名工程师的月度全成本（{currency}；留空按 {catalog_figure}）"),
        Lang::En => {
            format!("One engineer's loaded monthly cost ({currency}; empty: {catalog_figure})")
        }
    }
}

/// The staff line's label: "运维人力：3 星 × 每周 2 小时 ÷ 40 小时 = 0.15 名工程师".
pub fn staff_line_text(lang: Lang, st: &StaffLine) -> String {
    let stars = format::number(st.stars, 1);
    let share = format::number(st.fraction, 3);
    match lang {
        Lang::Zh => format!("运维人力：{stars} 星 × 每周 2 小时 ÷ 40 小时 = {share} 名工程师"),
        Lang::En => {
            format!("Staff time: {stars} stars × 2 h a week ÷ 40 h = {share} of an engineer")
        }
    }
}

/// The seed-audit note: "含运维人力 $1,606.73：种子的总价不计" / "includes staff time of
/// $1,606.73, which the seed's total does not count".
pub fn staff_audit_text(lang: Lang, staff: MoneyRange) -> String {
    let m = format::money_range(staff);
    match lang {
        Lang::Zh => format!("含运维人力 {m}：种子的总价不计这一项。"),
        Lang::En => format!("Includes staff time of {m}, which the seed's total does not count."),
    }
}

/// The switch that prices sized GPU lines from the sizing model: on by default; off prices
/// the seed's constant instead.
pub fn gpus_from_model_text(lang: Lang) -> &'static str {
    tr(
        lang,
        "GPU 台数按容量模型估算（取消勾选则改按种子的数字计价；两者都会显示）",
        "GPU counts from the sizing model (untick to price the seed's figure instead; both are shown)",
    )
}
