//! The recommendation's words: the reasons, latency, "why not the others" and the levers. The
//! sentences live in core `report::text` (decide); this file picks their arguments.

use super::evidence::label_of;
use crate::ui::i18n::{self as text, pick};
use crate::ui::pages::decide::ctx::{money_in, plan_name};
use deploycalc_core::engine::decision::{DecisionTree, PlanFacts, Walk, WhyNot};
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::Lang;

/// "Because … and … → recommended: …".
pub(super) fn because_text(lang: Lang, walk: &Walk, name: &str) -> String {
    let reasons: Vec<String> = walk
        .reasons()
        .iter()
        .map(|r| pick(lang, r).to_string())
        .collect();
    text::because(lang, &reasons, name)
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
    let (a, b) = (money_in(w.facts.usd, cur, fx), money_in(mine.usd, cur, fx));
    let at = text::at_scenario(lang, s);
    let cost = text::cost_against(lang, w.cost_ratio, w.facts.lower_bound, (&a, &b), &at);
    let mut out = text::why_not(lang, &name, &parts, &cost);
    out.push_str(&excluded_text(lang, w, tree));
    out
}

/// Where the other plan falls short or differs: latency, peak, privacy.
fn fact_parts(lang: Lang, facts: &PlanFacts, mine: &PlanFacts, s: &Scenario) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    if let (Some(meets), Some(ms)) = (facts.meets, facts.latency_ms) {
        parts.push(text::latency_fact(lang, meets, s.latency_target_ms, ms));
    }
    if !facts.serves_peak {
        parts.push(text::peak_fact(lang, s.peak_concurrency));
    }
    if let (Some(a), Some(b)) = (facts.privacy, mine.privacy) {
        if a != b {
            parts.push(text::privacy_fact(lang, a, b));
        }
    }
    parts
}

/// The sentence's end: the answer that ruled the plan out, else a full stop.
fn excluded_text(lang: Lang, w: &WhyNot, tree: &DecisionTree) -> String {
    let Some(ex) = &w.excluded_at else {
        return text::full_stop(lang).to_string();
    };
    let Some(node) = tree.node(ex.node.as_str()) else {
        return String::new();
    };
    let chosen = label_of(node, &ex.chosen, lang);
    text::ruled_out_by(lang, pick(lang, &node.question), &chosen)
}
