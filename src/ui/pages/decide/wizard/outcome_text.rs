//! The recommendation's words: the reasons, latency, "why not the others" and the levers.

use super::evidence::{label_of, num_text};
use crate::ui::i18n::{pick, purchase_text, tr};
use crate::ui::pages::decide::ctx::{money_in, plan_name};
use deploycalc_core::engine::analysis::{Lever, LeverKind};
use deploycalc_core::engine::decision::{DecisionTree, PlanFacts, Walk, WhyNot};
use deploycalc_core::engine::estimate::Meets;
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::money::{Currency, Fx, Range};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::format;

fn join_reasons(lang: Lang, parts: &[String]) -> String {
    match (lang, parts.len()) {
        (_, 0) => String::new(),
        (_, 1) => parts[0].clone(),
        (Lang::Zh, _) => {
            let (last, init) = parts.split_last().unwrap_or((&parts[0], &[]));
            format!("{}，并且{last}", init.join("，"))
        }
        (Lang::En, _) => {
            let (last, init) = parts.split_last().unwrap_or((&parts[0], &[]));
            format!("{} and {last}", init.join(", "))
        }
    }
}

/// "Because … and … → recommended: …".
pub(super) fn because_text(lang: Lang, walk: &Walk, name: &str) -> String {
    let reasons: Vec<String> = walk
        .reasons()
        .iter()
        .map(|r| pick(lang, r).to_string())
        .collect();
    match lang {
        Lang::Zh => format!("因为{} → 推荐：{name}。", join_reasons(lang, &reasons)),
        Lang::En => format!(
            "Because {} → recommended: {name}.",
            join_reasons(lang, &reasons)
        ),
    }
}

pub(super) fn ms_text(r: Range<f64>) -> String {
    let f = |x: f64| {
        if x >= 1000.0 {
            // up to two decimals, trailing zeros dropped: 2 s, 1.5 s, 1.05 s
            let text = format::number(x / 1000.0, 2);
            let text = text.trim_end_matches('0').trim_end_matches('.');
            format!("{text} s")
        } else {
            format!("{} ms", format::number(x, 0))
        }
    };
    if r.is_point() {
        f(r.low)
    } else {
        format!("{}–{}", f(r.low), f(r.high))
    }
}

/// "at 100 conversation hours" / "按每月 100 小时对话" — the scenario the costs are for.
fn at_scenario(lang: Lang, s: &Scenario) -> String {
    if s.conversation_hours > 0.0 {
        match lang {
            Lang::Zh => format!("按每月 {} 小时对话", num_text(s.conversation_hours)),
            Lang::En => format!("at {} conversation hours", num_text(s.conversation_hours)),
        }
    } else {
        match lang {
            Lang::Zh => format!("按 {} 月活跃用户", num_text(s.users)),
            Lang::En => format!("at {} monthly active users", num_text(s.users)),
        }
    }
}

/// "Plan: misses the target …; costs 2.1× as much …. Ruled out by “…” → “…”."
pub(super) fn why_not_text(
    lang: Lang,
    w: &WhyNot,
    mine: &PlanFacts,
    s: &Scenario,
    tree: &DecisionTree,
    cat: &Catalog,
    (cur, fx): (Currency, Fx),
) -> String {
    let name = plan_name(cat, w.facts.plan.as_str(), lang);
    let parts = fact_parts(lang, &w.facts, mine, s);
    let cost = cost_text(lang, w, mine, s, cur, fx);
    let mut text = match (lang, parts.is_empty()) {
        (Lang::Zh, true) => format!("{name}：{cost}"),
        (Lang::Zh, false) => format!("{name}：{}，{cost}", parts.join("，")),
        (Lang::En, true) => format!("{name}: {cost}"),
        (Lang::En, false) => format!("{name}: {}; {cost}", parts.join("; ")),
    };
    text.push_str(&excluded_text(lang, w, tree));
    text
}

/// Where the other plan falls short or differs: latency, peak, privacy.
fn fact_parts(lang: Lang, facts: &PlanFacts, mine: &PlanFacts, s: &Scenario) -> Vec<String> {
    let target = ms_text(Range::point(s.latency_target_ms));
    let mut parts: Vec<String> = Vec::new();
    if let (Some(meets), Some(ms)) = (facts.meets, facts.latency_ms) {
        parts.push(match (lang, meets) {
            (Lang::Zh, Meets::Yes) => format!("满足 {target} 的延迟目标（{}）", ms_text(ms)),
            (Lang::En, Meets::Yes) => {
                format!("meets the {target} latency target ({})", ms_text(ms))
            }
            (Lang::Zh, Meets::Maybe) => {
                format!("可能达不到 {target} 的延迟目标（{}）", ms_text(ms))
            }
            (Lang::En, Meets::Maybe) => {
                format!("may miss the {target} latency target ({})", ms_text(ms))
            }
            (Lang::Zh, Meets::No) => format!("达不到 {target} 的延迟目标（{}）", ms_text(ms)),
            (Lang::En, Meets::No) => {
                format!("misses the {target} latency target ({})", ms_text(ms))
            }
        });
    }
    if !facts.serves_peak {
        parts.push(match lang {
            Lang::Zh => format!("撑不住 {} 人的峰值并发", num_text(s.peak_concurrency)),
            Lang::En => format!(
                "cannot serve the peak of {} concurrent users",
                num_text(s.peak_concurrency)
            ),
        });
    }
    if let (Some(a), Some(b)) = (facts.privacy, mine.privacy) {
        if a != b {
            parts.push(match lang {
                Lang::Zh => format!("隐私 {a}/5（推荐方案 {b}/5）"),
                Lang::En => format!("privacy {a}/5 (vs {b}/5)"),
            });
        }
    }
    parts
}

/// The other plan's monthly cost against the recommendation's.
fn cost_text(
    lang: Lang,
    w: &WhyNot,
    mine: &PlanFacts,
    s: &Scenario,
    cur: Currency,
    fx: Fx,
) -> String {
    let (a, b) = (money_in(w.facts.usd, cur, fx), money_in(mine.usd, cur, fx));
    let at_least = if w.facts.lower_bound {
        tr(lang, "至少 ", "at least ")
    } else {
        ""
    };
    let at = at_scenario(lang, s);
    match w.cost_ratio {
        Some(r) if r > 1.005 => match lang {
            Lang::Zh => format!(
                "每月成本是推荐方案的 {}{} 倍（{at_least}{a} 对 {b}，{at}）",
                at_least,
                format::number(r, 1)
            ),
            Lang::En => format!(
                "costs {at_least}{}× as much ({at_least}{a} vs {b} a month {at})",
                format::number(r, 1)
            ),
        },
        Some(r) if r < 0.995 => match lang {
            Lang::Zh => format!(
                "每月便宜 {}%（{a} 对 {b}，{at}）",
                format::number((1.0 - r) * 100.0, 0)
            ),
            Lang::En => format!(
                "costs {}% less ({a} vs {b} a month {at})",
                format::number((1.0 - r) * 100.0, 0)
            ),
        },
        Some(_) => match lang {
            Lang::Zh => format!("每月成本几乎相同（{a} 对 {b}）"),
            Lang::En => format!("costs about the same ({a} vs {b} a month)"),
        },
        None => match lang {
            Lang::Zh => format!("每月 {at_least}{a}（推荐方案 {b}）"),
            Lang::En => format!("costs {at_least}{a} a month (vs {b})"),
        },
    }
}

/// The sentence's end: the answer that ruled the plan out, else a full stop.
fn excluded_text(lang: Lang, w: &WhyNot, tree: &DecisionTree) -> String {
    let Some(ex) = &w.excluded_at else {
        return tr(lang, "。", ".").to_string();
    };
    let Some(node) = tree.node(&ex.node) else {
        return String::new();
    };
    let q = pick(lang, &node.question).to_string();
    let chosen = label_of(node, &ex.chosen, lang);
    match lang {
        Lang::Zh => format!("；被“{q}”→“{chosen}”排除。"),
        Lang::En => format!(". Ruled out by “{q}” → “{chosen}”."),
    }
}

pub(super) fn lever_text(lang: Lang, l: &Lever) -> String {
    match l.kind {
        LeverKind::GpuHours(h) => match lang {
            Lang::Zh => format!("按需 GPU：每天只开 {} 小时", num_text(h)),
            Lang::En => format!("On-demand GPU: run it {} hours a day", num_text(h)),
        },
        LeverKind::Spot(p) => match lang {
            Lang::Zh => format!("{}% 的 GPU 小时用 Spot 实例（可能被中断）", num_text(p)),
            Lang::En => format!("{}% of GPU hours as spot (may be interrupted)", num_text(p)),
        },
        LeverKind::Purchase(o) => purchase_text(lang, o).to_string(),
    }
}
