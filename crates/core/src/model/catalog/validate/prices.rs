//! Rules for price records (`catalog/prices/*.json`) and for plans' references to them.

use super::{check_currency, parse_record, provenance, records, text, Errors, Known, Rule, Unique};
use crate::model::catalog::plan::Plan;
use crate::model::catalog::{PriceRecord, PriceValue, Unit};
use crate::model::vocab::PriceId;
use serde_json::Value;
use std::collections::HashSet;

/// Loads the valid price records, and returns with them the ids of every record written
/// (valid or not), so that a reference to a broken record is not reported a second time.
pub(super) fn load_prices(
    errs: &mut Errors,
    files: &[(String, String)],
    known: &Known,
) -> (Vec<PriceRecord>, HashSet<PriceId>) {
    let mut prices = Vec::new();
    let mut ids = Unique::new();
    for (file, text) in files {
        for (id, value) in records(errs, file, text) {
            if !ids.check(errs, file, &id, "price") {
                continue;
            }
            let Some(rec) = price_record(errs, file, &id, value, known) else {
                continue;
            };
            if !known.provider(&rec.provider) {
                errs.push(
                    file,
                    &id,
                    Rule::DanglingReference,
                    format!("unknown provider `{}`", rec.provider),
                );
            }
            prices.push(rec);
        }
    }
    (prices, ids.0.into_iter().map(PriceId).collect())
}

pub(super) fn load_plans(
    errs: &mut Errors,
    files: &[(String, String)],
    known: &Known,
) -> Vec<Plan> {
    let mut plans: Vec<Plan> = Vec::new();
    let mut ids = Unique::new();
    for (file, text) in files {
        for (id, value) in records(errs, file, text) {
            let Some(plan) = parse_record::<Plan>(errs, file, &id, value) else {
                continue;
            };
            ids.check(errs, file, &id, "plan");
            let perf_refs = plan
                .latency
                .iter()
                .map(|st| &st.perf)
                .chain(plan.latency_stated.iter())
                .chain(plan.capacity.iter().filter_map(|c| c.perf.as_ref()));
            for perf in perf_refs {
                if !known.perf.contains(perf) {
                    errs.push(
                        file,
                        &id,
                        Rule::DanglingReference,
                        format!("names unknown performance record `{perf}`"),
                    );
                }
            }
            for line in &plan.lines {
                if let Some(c) = &line.component {
                    let clash = plan
                        .lines
                        .iter()
                        .filter_map(|l| l.component.as_ref())
                        .any(|o| o.key == c.key && o.kind != c.kind);
                    let well_formed = !c.key.is_empty()
                        && c.key
                            .chars()
                            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
                    if clash || !well_formed {
                        errs.push(
                            file,
                            &id,
                            Rule::DanglingReference,
                            format!(
                                "component `{}` must be lowercase-kebab and of one kind",
                                c.key
                            ),
                        );
                    }
                }
                if !known.prices.contains(&line.price) {
                    errs.push(
                        file,
                        &id,
                        Rule::DanglingReference,
                        format!(
                            "line `{}` names unknown price `{}`",
                            line.label.en, line.price
                        ),
                    );
                }
            }
            plans.push(plan);
        }
    }
    plans
}

fn check_unit(errs: &mut Errors, file: &str, id: &str, what: &str, v: &Value) {
    match text(v, "unit") {
        Some(u) if Unit::parse(u).is_some() => {}
        u => errs.push(
            file,
            id,
            Rule::UnknownUnit,
            format!("{what}: unit {u:?} is not one of the known units"),
        ),
    }
}

/// Checks what serde cannot name precisely, on the raw JSON.
fn precheck(errs: &mut Errors, file: &str, id: &str, value: &Value, known: &Known) {
    provenance(errs, file, id, "every price", value, known.meta);
    check_unit(errs, file, id, "price", value);
    check_currency(errs, file, id, "price", value);
    if let Some(Value::Object(options)) = value.get("options") {
        for (name, opt) in options {
            provenance(errs, file, id, &format!("option {name}"), opt, known.meta);
        }
    }
    if let Some(Value::Array(figs)) = value.get("seed_figures") {
        for (i, fig) in figs.iter().enumerate() {
            let what = format!("seed figure #{i}");
            check_unit(errs, file, id, &what, fig);
            check_currency(errs, file, id, &what, fig);
        }
    }
    if let Some(r) = value.get("retired").filter(|r| !r.is_null()) {
        if r.as_str()
            .and_then(crate::model::catalog::Date::parse)
            .is_none()
        {
            errs.push(
                file,
                id,
                Rule::BadDate,
                format!("retired {r} is not a YYYY-MM-DD date"),
            );
        }
    }
}

fn price_record(
    errs: &mut Errors,
    file: &str,
    id: &str,
    value: Value,
    known: &Known,
) -> Option<PriceRecord> {
    let before = errs.len();
    precheck(errs, file, id, &value, known);
    if errs.len() > before {
        return None;
    }
    let rec: PriceRecord = parse_record(errs, file, id, value)?;
    check_price(errs, file, id, rec.price, "price");
    for (opt, p) in &rec.options {
        check_price(
            errs,
            file,
            id,
            Some(p.price),
            &format!("{} price", opt.as_str()),
        );
    }
    for (what, extra) in [("cached_input", rec.cached_input), ("batch", rec.batch)] {
        check_price(errs, file, id, extra.map(PriceValue::Point), what);
    }
    if rec.cached_input.is_some() && rec.unit != Unit::MInputTokens {
        errs.push(
            file,
            id,
            Rule::UnknownUnit,
            format!(
                "cached_input is a price per input token: the unit must be m_input_tokens, not {}",
                rec.unit.as_str()
            ),
        );
    }
    for s in &rec.seed_figures {
        check_price(
            errs,
            file,
            id,
            Some(s.price),
            &format!("seed {} figure", s.seed),
        );
    }
    if let Some(q) = rec.free_quota {
        if !(q.is_finite() && q >= 0.0) {
            errs.push(
                file,
                id,
                Rule::NegativePrice,
                "free_quota must be zero or more",
            );
        }
    }
    (errs.len() == before).then_some(rec)
}

pub(super) fn check_price(
    errs: &mut Errors,
    file: &str,
    id: &str,
    price: Option<PriceValue>,
    what: &str,
) {
    let Some(p) = price else { return };
    let r = p.range();
    if !(r.low.is_finite() && r.high.is_finite()) || r.low < 0.0 || r.high < 0.0 {
        errs.push(
            file,
            id,
            Rule::NegativePrice,
            format!("{what} must be a finite amount of zero or more"),
        );
    } else if r.low > r.high {
        errs.push(
            file,
            id,
            Rule::InvertedRange,
            format!("{what}: low {} is above high {}", r.low, r.high),
        );
    }
}
