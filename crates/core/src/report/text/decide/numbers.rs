//! The decide page's numbers in words: the break-even points along a driver and the growth
//! timeline (the path, staying on one plan, the seed's path against the computed one).

use crate::engine::analysis::{Axis, CrossKind, PathGap};
use crate::model::vocab::Lang;
use crate::report::format;
use crate::report::text::tr;

// ---- break-even points ----

pub fn axis_text(lang: Lang, a: Axis) -> &'static str {
    match a {
        Axis::ConversationHours => tr(lang, "每月对话小时", "conversation hours a month"),
        Axis::Users => tr(lang, "月活跃用户", "monthly active users"),
        Axis::StorageGb => tr(lang, "对象存储 GB", "GB of storage"),
        Axis::EgressGb => tr(lang, "每月出网流量 GB", "GB of egress a month"),
    }
}

/// A driver value: whole when it is whole (to 1e-9), else two decimals.
pub fn driver_value(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format::number(x.round(), 0)
    } else {
        format::number(x, 2)
    }
}

/// Both plans' costs at the scenario's driver value; each `(name, cost)`.
pub fn break_even_now(
    lang: Lang,
    axis: Axis,
    value: f64,
    a: (&str, &str),
    b: (&str, &str),
) -> String {
    let (unit, v) = (axis_text(lang, axis), driver_value(value));
    let ((na, ca), (nb, cb)) = (a, b);
    match lang {
        Lang::Zh => format!("你的场景（{unit} {v}）：{na} {ca}，{nb} {cb}。"),
        Lang::En => format!("At your {v} {unit}: {na} {ca}, {nb} {cb}."),
    }
}

/// No crossing between 0 and `end`: `cheaper` stays cheaper.
pub fn no_break_even(lang: Lang, axis: Axis, end: f64, cheaper: &str) -> String {
    let (unit, end) = (axis_text(lang, axis), driver_value(end));
    match lang {
        Lang::Zh => format!("{unit}在 0–{end} 之间没有交点：{cheaper} 一直更便宜（或相同）。"),
        Lang::En => {
            format!("No break-even between 0 and {end} {unit}: {cheaper} stays cheaper (or equal).")
        }
    }
}

/// "Above 120 conversation hours a month, A is cheaper than B."
pub fn break_even_at(
    lang: Lang,
    axis: Axis,
    x: f64,
    kind: CrossKind,
    who: &str,
    other: &str,
) -> String {
    let (unit, x) = (axis_text(lang, axis), driver_value(x));
    let step = match kind {
        CrossKind::Step => tr(lang, "（阶跃：多一台实例）", " (a step: one more instance)"),
        CrossKind::Linear => "",
    };
    match lang {
        Lang::Zh => format!("{unit}超过 {x}{step}，{who} 比 {other} 便宜。"),
        Lang::En => format!("Above {x} {unit}{step}, {who} is cheaper than {other}."),
    }
}

/// Before a recommendation: the plan the others are set against.
pub fn break_even_anchor(lang: Lang, plan: &str) -> String {
    match lang {
        Lang::Zh => format!("还没有推荐方案：这里拿你的场景下最便宜的 {plan} 和其他方案比较。"),
        Lang::En => format!(
            "No recommendation yet: {plan}, the cheapest at your scenario, is set against the others."
        ),
    }
}

// ---- the growth timeline ----

/// A step of the path: "A（第 3 月）" / "A (month 3)".
pub fn path_step(lang: Lang, plan: &str, month: usize) -> String {
    match lang {
        Lang::Zh => format!("{plan}（第 {month} 月）"),
        Lang::En => format!("{plan} (month {month})"),
    }
}

/// "A: $1,234" staying on one plan, with ", does not fit from month 5" when it stops fitting.
pub fn stay_total(lang: Lang, plan: &str, total: &str, first_unfit: Option<usize>) -> String {
    let unfit = match (first_unfit, lang) {
        (None, _) => String::new(),
        (Some(mo), Lang::Zh) => format!("，从第 {mo} 月起不满足约束"),
        (Some(mo), Lang::En) => format!(", does not fit from month {mo}"),
    };
    format!("{plan}{}{total}{unfit}", tr(lang, "：", ": "))
}

/// "24 个月累计：推荐路径 $…；一直用一个方案：" / "Over 24 months: $… along the path; …".
pub fn path_total(lang: Lang, months: usize, total: &str) -> String {
    match lang {
        Lang::Zh => format!("{months} 个月累计：推荐路径 {total}；一直用一个方案："),
        Lang::En => format!("Over {months} months: {total} along the path; staying on one plan:"),
    }
}

/// A chart series: "一直用 A" / "Staying on A".
pub fn staying_on(lang: Lang, plan: &str) -> String {
    match lang {
        Lang::Zh => format!("一直用 {plan}"),
        Lang::En => format!("Staying on {plan}"),
    }
}

/// "种子 000 的迁移路径：A → B。" / "Seed 000's migration path: A → B. ".
pub fn seed_path(lang: Lang, seed: &str, path: &str) -> String {
    match lang {
        Lang::Zh => format!("种子 {seed} 的迁移路径：{path}。"),
        Lang::En => format!("Seed {seed}'s migration path: {path}. "),
    }
}

/// The seed's plans missing from the computed path, each `(name, gap)`, in one sentence.
pub fn path_differs(lang: Lang, months: usize, gaps: &[(String, PathGap)]) -> String {
    let gaps = gaps
        .iter()
        .map(|(plan, g)| format!("{plan} {}", gap_text(lang, g, months)))
        .collect::<Vec<_>>()
        .join(tr(lang, "；", "; "));
    match lang {
        Lang::Zh => format!("这里算出的路径不同：{gaps}。"),
        Lang::En => format!("The computed path differs: {gaps}."),
    }
}

/// Why a seed plan is not on the computed path, after its name.
pub fn gap_text(lang: Lang, g: &PathGap, months: usize) -> String {
    match (g, lang) {
        (&PathGap::NeverFits { capacity, latency, privacy }, _) => {
            let why = [
                (latency, tr(lang, "个月达不到延迟目标", "misses the latency target")),
                (capacity, tr(lang, "个月撑不住峰值", "cannot serve the peak")),
                (privacy, tr(lang, "个月隐私不够", "is not private enough")),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| match lang {
                Lang::Zh => format!("{n}/{months} {what}"),
                Lang::En => format!("{what} in {n} of {months} months"),
            })
            .collect::<Vec<_>>();
            match lang {
                Lang::Zh => format!("任何月份都不满足约束（{}）", why.join("，")),
                Lang::En => format!("never fits ({})", why.join("; ")),
            }
        }
        (PathGap::NeverCheapest { fit_months }, Lang::Zh) => {
            format!("有 {fit_months} 个月满足约束，但总有更便宜的方案")
        }
        (PathGap::NeverCheapest { fit_months }, Lang::En) => {
            format!("fits in {fit_months} months but a cheaper plan always fits too")
        }
        (PathGap::Passed { cheapest_months }, Lang::Zh) => {
            format!("有 {cheapest_months} 个月最便宜，但那时路径已经迁走（不回头）")
        }
        (PathGap::Passed { cheapest_months }, Lang::En) => format!(
            "is the cheapest in {cheapest_months} months, after the path had moved on (no moving back)"
        ),
        (PathGap::NotCompared, _) => tr(lang, "不在比较范围内", "is not compared here").into(),
    }
}
