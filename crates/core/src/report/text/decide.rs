//! The decide page's sentences: the wizard's questions and evidence, the recommendation (its
//! reasons, "why not the others", the levers), the break-even points and the growth timeline.
//! Names and amounts come in already formatted; counts, latencies and drivers come in as
//! numbers, so the word order and the number format live here. The break-even and growth
//! sentences are in `numbers`.

use super::catalog::purchase_text;
use super::key::{t, Key};
use super::scenario::field_text;
use super::tr;
use crate::engine::analysis::LeverKind;
use crate::engine::estimate::Meets;
use crate::model::money::Range;
use crate::model::scenario::{NumField, Scenario};
use crate::model::vocab::{Lang, Region};
use crate::report::format;
use crate::url::DecideField;

mod numbers;
pub use numbers::{
    axis_text, break_even_anchor, break_even_at, break_even_now, driver_value, gap_text,
    no_break_even, path_differs, path_step, path_total, seed_path, stay_total, staying_on,
};

/// The sentence end: "。" / ".".
pub fn full_stop(lang: Lang) -> &'static str {
    tr(lang, "。", ".")
}

/// "至少 " / "at least " before a total that is a lower bound (a price is unknown), else "".
pub fn at_least(lang: Lang, lower_bound: bool) -> String {
    if lower_bound {
        format!("{} ", t(lang, Key::AtLeast))
    } else {
        String::new()
    }
}

/// The label of a decide page input (the URL keys `dt`, `bx`, `gu`, `gr`, `gm`, `gl`, `gp`).
pub fn decide_field_label(lang: Lang, f: DecideField) -> &'static str {
    match f {
        DecideField::Tree => tr(lang, "决策树", "Decision trees"),
        DecideField::BreakEvenAxis => tr(lang, "驱动量", "Driver"),
        DecideField::StartUsers => tr(lang, "起始用户", "Users in month 1"),
        DecideField::GrowthPct => tr(lang, "每月增长 %", "Monthly growth, %"),
        DecideField::Months => tr(lang, "月数", "Months"),
        DecideField::Latency => tr(
            lang,
            "满足场景的延迟目标",
            "Meet the scenario's latency target",
        ),
        DecideField::Privacy => tr(
            lang,
            "数据私有（隐私 ≥ 4/5，不用第三方 API）",
            "Private data (privacy ≥ 4/5: no third-party APIs)",
        ),
    }
}

// ---- the wizard ----

/// "第 2 题" / "Question 2" (`n` counts from 1).
pub fn question_number(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {n} 题"),
        Lang::En => format!("Question {n}"),
    }
}

/// After the scenario's answer, the visitor's own: " 你改选了“…”。" / " You chose “…” instead."
pub fn you_chose(lang: Lang, option: &str) -> String {
    match lang {
        Lang::Zh => format!(" 你改选了“{option}”。"),
        Lang::En => format!(" You chose “{option}” instead."),
    }
}

/// "What the scenario said → the answer it gives."
pub fn scenario_says(lang: Lang, evidence: &str, answer: &str) -> String {
    format!("{evidence} → {answer}{}", full_stop(lang))
}

pub fn region_text(lang: Lang, r: Region) -> &'static str {
    match r {
        Region::Global => tr(lang, "靠近云区域（全球）", "near the cloud region (global)"),
        Region::China => tr(lang, "中国大陆", "mainland China"),
    }
}

/// A number field as evidence: "峰值并发 10 人" / "Peak concurrent users 10 users".
pub fn evidence_num(lang: Lang, field: NumField, value: f64) -> String {
    let (label, unit, _) = field_text(lang, field);
    format!("{label} {} {unit}", format::amount_smart(value))
}

/// "用户所在地区：中国大陆" / "users are in mainland China".
pub fn evidence_region(lang: Lang, r: Region) -> String {
    format!(
        "{}{}",
        tr(lang, "用户所在地区：", "users are in "),
        region_text(lang, r)
    )
}

/// Two plans' monthly costs as evidence: "A costs $10.00 a month, B $20.00".
pub fn evidence_cheaper(
    lang: Lang,
    plan: &str,
    plan_cost: &str,
    than: &str,
    than_cost: &str,
) -> String {
    match lang {
        Lang::Zh => format!("{plan} 每月 {plan_cost}，{than} 每月 {than_cost}"),
        Lang::En => format!("{plan} costs {plan_cost} a month, {than} {than_cost}"),
    }
}

/// A component's checkbox as evidence: "向量数据库：已勾选" / "Vector database: ticked".
pub fn evidence_component(lang: Lang, label: &str, on: bool) -> String {
    let state = if on {
        tr(lang, "：已勾选", ": ticked")
    } else {
        tr(lang, "：未勾选", ": not ticked")
    };
    format!("{label}{state}")
}

// ---- the recommendation ----

/// "a，b，并且 c" / "a, b and c".
fn join_reasons(lang: Lang, parts: &[String]) -> String {
    let Some((last, init)) = parts.split_last() else {
        return String::new();
    };
    if init.is_empty() {
        return last.clone();
    }
    match lang {
        Lang::Zh => format!("{}，并且{last}", init.join("，")),
        Lang::En => format!("{} and {last}", init.join(", ")),
    }
}

/// "因为…，并且… → 推荐：…。" / "Because … and … → recommended: …."
pub fn because(lang: Lang, reasons: &[String], plan: &str) -> String {
    let reasons = join_reasons(lang, reasons);
    match lang {
        Lang::Zh => format!("因为{reasons} → 推荐：{plan}。"),
        Lang::En => format!("Because {reasons} → recommended: {plan}."),
    }
}

/// The scenario the costs are for: "按每月 100 小时对话" / "at 100 conversation hours",
/// else by users.
pub fn at_scenario(lang: Lang, s: &Scenario) -> String {
    let (h, u) = (s.conversation_hours, s.users);
    match (lang, h > 0.0) {
        (Lang::Zh, true) => format!("按每月 {} 小时对话", format::amount_smart(h)),
        (Lang::En, true) => format!("at {} conversation hours", format::amount_smart(h)),
        (Lang::Zh, false) => format!("按 {} 月活跃用户", format::amount_smart(u)),
        (Lang::En, false) => format!("at {} monthly active users", format::amount_smart(u)),
    }
}

/// Another plan against the latency target: "misses the 2.00 s latency target (2.40 s)".
pub fn latency_fact(lang: Lang, meets: Meets, target_ms: f64, ms: Range<f64>) -> String {
    let (target, ms) = (
        format::duration_ms(target_ms),
        format::duration_ms_range(ms),
    );
    match (lang, meets) {
        (Lang::Zh, Meets::Yes) => format!("满足 {target} 的延迟目标（{ms}）"),
        (Lang::En, Meets::Yes) => format!("meets the {target} latency target ({ms})"),
        (Lang::Zh, Meets::Maybe) => format!("可能达不到 {target} 的延迟目标（{ms}）"),
        (Lang::En, Meets::Maybe) => format!("may miss the {target} latency target ({ms})"),
        (Lang::Zh, Meets::No) => format!("达不到 {target} 的延迟目标（{ms}）"),
        (Lang::En, Meets::No) => format!("misses the {target} latency target ({ms})"),
    }
}

/// "撑不住 10 人的峰值并发" / "cannot serve the peak of 10 concurrent users".
pub fn peak_fact(lang: Lang, peak: f64) -> String {
    let peak = format::amount_smart(peak);
    match lang {
        Lang::Zh => format!("撑不住 {peak} 人的峰值并发"),
        Lang::En => format!("cannot serve the peak of {peak} concurrent users"),
    }
}

/// "隐私 5/5（推荐方案 2/5）" / "privacy 5/5 (vs 2/5)".
pub fn privacy_fact(lang: Lang, theirs: u8, mine: u8) -> String {
    match lang {
        Lang::Zh => format!("隐私 {theirs}/5（推荐方案 {mine}/5）"),
        Lang::En => format!("privacy {theirs}/5 (vs {mine}/5)"),
    }
}

/// Another plan's monthly cost (`theirs`) against the recommendation's (`mine`); `ratio` is
/// theirs / mine, `at` the [`at_scenario`] words.
pub fn cost_against(
    lang: Lang,
    ratio: Option<f64>,
    lower_bound: bool,
    (theirs, mine): (&str, &str),
    at: &str,
) -> String {
    let al = at_least(lang, lower_bound);
    match (ratio, lang) {
        (Some(r), Lang::Zh) if r > 1.005 => format!(
            "每月成本是推荐方案的 {al}{} 倍（{al}{theirs} 对 {mine}，{at}）",
            format::number(r, 1)
        ),
        (Some(r), Lang::En) if r > 1.005 => format!(
            "costs {al}{}× as much ({al}{theirs} vs {mine} a month {at})",
            format::number(r, 1)
        ),
        (Some(r), Lang::Zh) if r < 0.995 => format!(
            "每月便宜 {}%（{theirs} 对 {mine}，{at}）",
            format::number((1.0 - r) * 100.0, 0)
        ),
        (Some(r), Lang::En) if r < 0.995 => format!(
            "costs {}% less ({theirs} vs {mine} a month {at})",
            format::number((1.0 - r) * 100.0, 0)
        ),
        (Some(_), Lang::Zh) => format!("每月成本几乎相同（{theirs} 对 {mine}）"),
        (Some(_), Lang::En) => format!("costs about the same ({theirs} vs {mine} a month)"),
        (None, Lang::Zh) => format!("每月 {al}{theirs}（推荐方案 {mine}）"),
        (None, Lang::En) => format!("costs {al}{theirs} a month (vs {mine})"),
    }
}

/// "Plan: fact; fact; cost" (without the sentence end, see [`ruled_out_by`]).
pub fn why_not(lang: Lang, plan: &str, facts: &[String], cost: &str) -> String {
    match (lang, facts.is_empty()) {
        (Lang::Zh, true) => format!("{plan}：{cost}"),
        (Lang::Zh, false) => format!("{plan}：{}，{cost}", facts.join("，")),
        (Lang::En, true) => format!("{plan}: {cost}"),
        (Lang::En, false) => format!("{plan}: {}; {cost}", facts.join("; ")),
    }
}

/// The end of a "why not" sentence when an answer ruled the plan out.
pub fn ruled_out_by(lang: Lang, question: &str, answer: &str) -> String {
    match lang {
        Lang::Zh => format!("；被“{question}”→“{answer}”排除。"),
        Lang::En => format!(". Ruled out by “{question}” → “{answer}”."),
    }
}

pub fn lever_text(lang: Lang, kind: LeverKind) -> String {
    match (kind, lang) {
        (LeverKind::GpuHours(h), Lang::Zh) => {
            format!("按需 GPU：每天只开 {} 小时", format::amount_smart(h))
        }
        (LeverKind::GpuHours(h), Lang::En) => {
            format!(
                "On-demand GPU: run it {} hours a day",
                format::amount_smart(h)
            )
        }
        (LeverKind::Spot(p), Lang::Zh) => {
            format!(
                "{}% 的 GPU 小时用 Spot 实例（可能被中断）",
                format::amount_smart(p)
            )
        }
        (LeverKind::Spot(p), Lang::En) => {
            format!(
                "{}% of GPU hours as spot (may be interrupted)",
                format::amount_smart(p)
            )
        }
        (LeverKind::Purchase(o), _) => purchase_text(lang, o).to_string(),
    }
}

/// "lever: saves $12.00 a month (25%)"; `share` is the saving over the cost, 0–1.
pub fn lever_saving(lang: Lang, kind: LeverKind, saving: &str, share: f64) -> String {
    let (lever, pct) = (lever_text(lang, kind), format::number(share * 100.0, 0));
    match lang {
        Lang::Zh => format!("{lever}：每月省 {saving}（{pct}%）"),
        Lang::En => format!("{lever}: saves {saving} a month ({pct}%)"),
    }
}
