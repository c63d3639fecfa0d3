//! What the scenario said, in words ("Peak concurrent users 10 users"), and small number and
//! label helpers the wizard and the recommendation share.

use crate::ui::i18n::{field_text, pick, tr};
use crate::ui::pages::decide::ctx::{money_in, plan_name};
use deploycalc_core::engine::decision::{Evidence, Node};
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::vocab::{Lang, Region};
use deploycalc_core::report::format;

fn region_text(lang: Lang, r: Region) -> &'static str {
    match r {
        Region::Global => tr(lang, "靠近云区域（全球）", "near the cloud region (global)"),
        Region::China => tr(lang, "中国大陆", "mainland China"),
    }
}

fn component_label(cat: &Catalog, key: &str, lang: Lang) -> String {
    cat.plans
        .iter()
        .flat_map(|p| p.components())
        .find(|c| c.key == key)
        .map(|c| pick(lang, &c.label).to_string())
        .unwrap_or_else(|| key.to_string())
}

pub(super) fn num_text(v: f64) -> String {
    if v.fract() == 0.0 {
        format::number(v, 0)
    } else {
        format::number(v, 2)
    }
}

/// "Peak concurrent users 10 users", "Where users are: mainland China", …
pub fn evidence_text(lang: Lang, ev: &Evidence, cat: &Catalog, cur: Currency, fx: Fx) -> String {
    match ev {
        Evidence::Num { field, value } => {
            let (label, unit, _) = field_text(lang, *field);
            format!("{label} {} {unit}", num_text(*value))
        }
        Evidence::Region(r) => format!(
            "{}{}",
            tr(lang, "用户所在地区：", "users are in "),
            region_text(lang, *r)
        ),
        Evidence::Cheaper {
            plan,
            than,
            plan_usd,
            than_usd,
        } => match lang {
            Lang::Zh => format!(
                "{} 每月 {}，{} 每月 {}",
                plan_name(cat, plan.as_str(), lang),
                money_in(*plan_usd, cur, fx),
                plan_name(cat, than.as_str(), lang),
                money_in(*than_usd, cur, fx)
            ),
            Lang::En => format!(
                "{} costs {} a month, {} {}",
                plan_name(cat, plan.as_str(), lang),
                money_in(*plan_usd, cur, fx),
                plan_name(cat, than.as_str(), lang),
                money_in(*than_usd, cur, fx)
            ),
        },
        Evidence::Component { key, on } => format!(
            "{}{}",
            component_label(cat, key, lang),
            if *on {
                tr(lang, "：已勾选", ": ticked")
            } else {
                tr(lang, "：未勾选", ": not ticked")
            }
        ),
    }
}

pub(super) fn label_of(node: &Node, option: &str, lang: Lang) -> String {
    node.option(option)
        .map(|c| pick(lang, &c.label).to_string())
        .unwrap_or_else(|| option.to_string())
}
