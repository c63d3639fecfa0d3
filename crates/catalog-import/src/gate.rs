//! The integrity gate (issue #15 item 7): nothing is written unless the whole catalog, with
//! the new file in place of the committed one, loads as the app loads it; and no price moves
//! more than [`LIMIT`] against its committed value unless a person has confirmed it by id.

use deploycalc_core::engine::data_file::{self, DataSources};
use deploycalc_core::model::catalog::{PriceRecord, PriceValue};
use std::collections::HashMap;

/// A price that moves more than this share of its committed value needs confirming.
pub const LIMIT: f64 = 0.5;

/// The files the app loads, by the names the build lists (`DataSources::embedded`), with
/// each file's text taken from `read(name)` (the files on disk, in `main.rs`): what the
/// catalog will be once the new file is written, even when the tool was built earlier.
pub fn reread(
    mut sources: DataSources,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<DataSources, Vec<String>> {
    let mut errors = Vec::new();
    let mut load = |name: &str, text: &mut String| match read(name) {
        Ok(t) => *text = t,
        Err(e) => errors.push(e),
    };
    let c = &mut sources.catalog;
    load("meta.json", &mut c.meta);
    load("providers.json", &mut c.providers);
    load("purchase.json", &mut sources.purchase);
    for group in [
        &mut c.prices,
        &mut c.plans,
        &mut c.perf,
        &mut c.matrix,
        &mut sources.decisions,
    ] {
        for (name, text) in group.iter_mut() {
            load(name, text);
        }
    }
    if errors.is_empty() {
        Ok(sources)
    } else {
        Err(errors)
    }
}

/// The data sources with `file`'s text replaced by `text` (or added, if it is new).
pub fn with_file(mut sources: DataSources, file: &str, text: &str) -> DataSources {
    let prices = &mut sources.catalog.prices;
    match prices.iter_mut().find(|(name, _)| name == file) {
        Some(slot) => slot.1 = text.to_string(),
        None => prices.push((file.to_string(), text.to_string())),
    }
    sources
}

/// Validates everything the app would load (catalog, purchase rules, decision trees and the
/// trees against the catalog) exactly as the app's data file is validated.
pub fn validate(sources: &DataSources) -> Result<(), Vec<String>> {
    data_file::validate(&data_file::write(sources)).map(|_| ())
}

/// Every price record of the given price files' texts, read leniently (a file that does not
/// parse is skipped: [`validate`] reports it).
pub fn committed<'a>(price_files: impl IntoIterator<Item = &'a str>) -> Vec<PriceRecord> {
    price_files
        .into_iter()
        .filter_map(|text| serde_json::from_str::<Vec<PriceRecord>>(text).ok())
        .flatten()
        .collect()
}

/// One figure of a record that moved past the limit (or changed unit).
#[derive(Clone, Debug, PartialEq)]
pub struct Move {
    pub id: String,
    /// "price", "cached_input", "batch" or "unit".
    pub what: &'static str,
    pub old: String,
    pub new: String,
    /// (new − old) / old; `None` for a unit change or a move away from 0.
    pub change: Option<f64>,
}

impl std::fmt::Display for Move {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {} → {}", self.id, self.what, self.old, self.new)?;
        match self.change {
            Some(c) => write!(f, " ({:+.1} %)", c * 100.0),
            None => Ok(()),
        }
    }
}

/// The relative change of `new` against `old` when it is past [`LIMIT`]: Some(None) for a
/// move away from 0, Some(Some(change)) otherwise, None for a change within the limit.
fn past_limit(old: f64, new: f64) -> Option<Option<f64>> {
    if old == 0.0 {
        return (new != 0.0).then_some(None);
    }
    let change = (new - old) / old;
    (change.abs() > LIMIT).then_some(Some(change))
}

fn show(p: PriceValue) -> String {
    match p {
        PriceValue::Point(x) => format!("{x}"),
        PriceValue::Range { low, high } => format!("{low}–{high}"),
    }
}

/// Every figure of `new` that moved past the limit against the committed record of the same
/// id. A record that is new, or whose committed price is unknown, has nothing to compare.
pub fn moves(committed: &[PriceRecord], new: &[PriceRecord]) -> Vec<Move> {
    let old: HashMap<&str, &PriceRecord> = committed.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut out = Vec::new();
    for n in new {
        let Some(o) = old.get(n.id.as_str()) else {
            continue;
        };
        let id = n.id.to_string();
        if o.unit != n.unit {
            out.push(Move {
                id: id.clone(),
                what: "unit",
                old: o.unit.as_str().into(),
                new: n.unit.as_str().into(),
                change: None,
            });
            continue;
        }
        if let (Some(op), Some(np)) = (o.price, n.price) {
            let (a, b) = (op.range(), np.range());
            let low = past_limit(a.low, b.low);
            if let Some(change) = low.or_else(|| past_limit(a.high, b.high)) {
                out.push(Move {
                    id: id.clone(),
                    what: "price",
                    old: show(op),
                    new: show(np),
                    change,
                });
            }
        }
        for (what, a, b) in [
            ("cached_input", o.cached_input, n.cached_input),
            ("batch", o.batch, n.batch),
        ] {
            if let (Some(a), Some(b)) = (a, b) {
                if let Some(change) = past_limit(a, b) {
                    out.push(Move {
                        id: id.clone(),
                        what,
                        old: format!("{a}"),
                        new: format!("{b}"),
                        change,
                    });
                }
            }
        }
    }
    out
}

/// The moves nobody confirmed: a move is confirmed by naming its record id.
pub fn unconfirmed<'a>(moves: &'a [Move], confirmed: &[String]) -> Vec<&'a Move> {
    moves
        .iter()
        .filter(|m| !confirmed.iter().any(|c| c == &m.id))
        .collect()
}

/// The ids of a `--confirm id1,id2` list (or the CATALOG_CONFIRM variable).
pub fn parse_confirm(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, json: &str) -> PriceRecord {
        let text = format!(
            r#"{{"id": "{id}", "provider": "openai", "service": "x", "category": "llm_api",
            "currency": "USD", "source": "s", "as_of": "2026-01-01", "confidence": "list", {json}}}"#
        );
        serde_json::from_str(&text).expect("record")
    }

    #[test]
    fn a_move_of_more_than_half_is_listed_and_one_of_half_is_not() {
        let old = vec![
            rec("a", r#""unit": "m_input_tokens", "price": 1.0"#),
            rec("b", r#""unit": "m_input_tokens", "price": 1.0"#),
            rec("c", r#""unit": "m_input_tokens", "price": 1.0"#),
            rec(
                "d",
                r#""unit": "m_input_tokens", "price": 0.28, "cached_input": 0.028"#,
            ),
        ];
        let new = vec![
            // 1.0 → 0.07: (0.07 − 1.0) / 1.0 = −93 %
            rec("a", r#""unit": "m_input_tokens", "price": 0.07"#),
            // 1.0 → 1.5: +50 % exactly is within the limit
            rec("b", r#""unit": "m_input_tokens", "price": 1.5"#),
            // 1.0 → 0.5: −50 % exactly, within
            rec("c", r#""unit": "m_input_tokens", "price": 0.5"#),
            // price 0.28 → 0.30 (+7 %) is fine; cached 0.028 → 0.006 is −78.6 %
            rec(
                "d",
                r#""unit": "m_input_tokens", "price": 0.30, "cached_input": 0.006"#,
            ),
            // a new record has nothing to move from
            rec("e", r#""unit": "m_input_tokens", "price": 99.0"#),
        ];
        let m = moves(&old, &new);
        assert_eq!(m.len(), 2, "{m:?}");
        assert_eq!((m[0].id.as_str(), m[0].what), ("a", "price"));
        assert!((m[0].change.unwrap() + 0.93).abs() < 1e-12);
        assert_eq!(m[0].to_string(), "a price: 1 → 0.07 (-93.0 %)");
        assert_eq!((m[1].id.as_str(), m[1].what), ("d", "cached_input"));
        // (0.006 − 0.028) / 0.028 = −0.785714…
        assert!((m[1].change.unwrap() + 0.022 / 0.028).abs() < 1e-12);
    }

    #[test]
    fn a_unit_change_and_a_move_from_zero_always_need_confirming() {
        let old = vec![
            rec("a", r#""unit": "m_tokens", "price": 1.0"#),
            rec("z", r#""unit": "month", "price": 0"#),
        ];
        let new = vec![
            rec("a", r#""unit": "m_input_tokens", "price": 1.0"#),
            rec("z", r#""unit": "month", "price": 5"#),
        ];
        let m = moves(&old, &new);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].to_string(), "a unit: m_tokens → m_input_tokens");
        assert_eq!(m[1].to_string(), "z price: 0 → 5");
    }

    #[test]
    fn a_range_moves_when_either_end_moves() {
        // 5–12 → 5–30: the high end is +150 %
        let old = vec![rec(
            "r",
            r#""unit": "k_requests", "price": {"low": 5, "high": 12}"#,
        )];
        let new = vec![rec(
            "r",
            r#""unit": "k_requests", "price": {"low": 5, "high": 30}"#,
        )];
        let m = moves(&old, &new);
        assert_eq!(m.len(), 1);
        assert!((m[0].change.unwrap() - 1.5).abs() < 1e-12);
    }

    #[test]
    fn confirming_names_record_ids() {
        let old = vec![rec("a", r#""unit": "month", "price": 1.0"#)];
        let new = vec![rec("a", r#""unit": "month", "price": 3.0"#)];
        let m = moves(&old, &new);
        assert_eq!(unconfirmed(&m, &[]).len(), 1);
        assert_eq!(unconfirmed(&m, &parse_confirm(" b , a,")).len(), 0);
        assert_eq!(parse_confirm(""), Vec::<String>::new());
    }
}
