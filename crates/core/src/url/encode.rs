//! Scenario -> query string: `v` (the current [`URL_VERSION`]) always, defaults left out, ids
//! sorted.

use super::{
    DecideField, Page, Param, SizingField, UrlState, ANSWER_PREFIX, COMPONENT_PREFIX,
    DISCOUNT_PREFIX, OVERRIDE_PREFIX, URL_VERSION,
};
use crate::model::scenario::{NumField, Scenario};
use crate::model::vocab::PlanId;

/// Encodes the state; values equal to the workload's defaults are left out.
pub fn encode(state: &UrlState) -> String {
    let s = &state.scenario;
    let defaults = Scenario::preset(s.workload);
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair(Param::Version.key(), &URL_VERSION.to_string());
    if let Some(l) = state.lang {
        out.append_pair(Param::Lang.key(), l.as_str());
    }
    if state.page != Page::default() {
        out.append_pair(Param::Page.key(), state.page.as_str());
    }
    if !state.hidden.is_empty() {
        let ids: Vec<&str> = state.hidden.iter().map(PlanId::as_str).collect();
        out.append_pair(Param::Hide.key(), &ids.join(","));
    }
    if let Some(p) = &state.pinned {
        out.append_pair(Param::Pin.key(), p.as_str());
    }
    if state.embed {
        out.append_pair(Param::Embed.key(), "1");
    }
    if !state.expanded.is_empty() {
        let ids: Vec<&str> = state.expanded.iter().map(PlanId::as_str).collect();
        out.append_pair(Param::Open.key(), &ids.join(","));
    }
    for (node, option) in &state.answers {
        out.append_pair(&format!("{ANSWER_PREFIX}{node}"), option.as_str());
    }
    if s.workload != Scenario::default().workload {
        out.append_pair(Param::Workload.key(), s.workload.as_str());
    }
    if s.currency != defaults.currency {
        out.append_pair(Param::Currency.key(), s.currency.as_str());
    }
    if s.region != defaults.region {
        out.append_pair(Param::Region.key(), s.region.as_str());
    }
    if s.purchase_option != defaults.purchase_option {
        out.append_pair(Param::PurchaseOption.key(), s.purchase_option.as_str());
    }
    if s.staff_time != defaults.staff_time {
        out.append_pair(Param::StaffTime.key(), if s.staff_time { "1" } else { "0" });
    }
    if s.gpus_from_model != defaults.gpus_from_model {
        out.append_pair(
            Param::GpusFromModel.key(),
            if s.gpus_from_model { "1" } else { "0" },
        );
    }
    if let Some(v) = s.engineer_monthly {
        out.append_pair(Param::EngineerMonthly.key(), &format!("{v}"));
    }
    for f in NumField::ALL {
        let v = s.num(f);
        if v != defaults.num(f) {
            out.append_pair(Param::Num(f).key(), &format!("{v}"));
        }
    }
    for (k, on) in &s.components {
        out.append_pair(
            &format!("{COMPONENT_PREFIX}{k}"),
            if *on { "1" } else { "0" },
        );
    }
    for (k, v) in &s.discounts {
        out.append_pair(&format!("{DISCOUNT_PREFIX}{k}"), &format!("{v}"));
    }
    for (k, v) in &s.overrides {
        out.append_pair(&format!("{OVERRIDE_PREFIX}{k}"), &format!("{v}"));
    }
    for f in DecideField::ALL {
        if let Some(v) = state.decide.written(f) {
            out.append_pair(Param::Decide(f).key(), &v);
        }
    }
    for f in SizingField::ALL {
        if let Some(v) = state.sizing.written(f) {
            out.append_pair(Param::Sizing(f).key(), &v);
        }
    }
    out.finish()
}
