//! What the scenario said, in words ("Peak concurrent users 10 users"), and small number and
//! label helpers the wizard and the recommendation share. The sentences are in core
//! `report::text` (decide).

use crate::ui::i18n::{self as text, pick};
use crate::ui::pages::decide::ctx::{money_in, plan_name};
use deploycalc_core::engine::decision::{Evidence, Node};
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::vocab::{Lang, OptionId};

fn component_label(cat: &Catalog, key: &str, lang: Lang) -> String {
    cat.plans
        .iter()
        .flat_map(|p| p.components())
        .find(|c| c.key == key)
        .map(|c| pick(lang, &c.label).to_string())
        .unwrap_or_else(|| key.to_string())
}

/// "Peak concurrent users 10 users", "Where users are: mainland China", …
pub fn evidence_text(lang: Lang, ev: &Evidence, cat: &Catalog, cur: Currency, fx: Fx) -> String {
    match ev {
        Evidence::Num { field, value } => text::evidence_num(lang, *field, *value),
        Evidence::Region(r) => text::evidence_region(lang, *r),
        Evidence::Cheaper {
            plan,
            than,
            plan_usd,
            than_usd,
        } => text::evidence_cheaper(
            lang,
            &plan_name(cat, plan.as_str(), lang),
            &money_in(*plan_usd, cur, fx),
            &plan_name(cat, than.as_str(), lang),
            &money_in(*than_usd, cur, fx),
        ),
        Evidence::Component { key, on } => {
            text::evidence_component(lang, &component_label(cat, key, lang), *on)
        }
    }
}

pub(super) fn label_of(node: &Node, option: &OptionId, lang: Lang) -> String {
    node.option(option.as_str())
        .map(|c| pick(lang, &c.label).to_string())
        .unwrap_or_else(|| option.to_string())
}
