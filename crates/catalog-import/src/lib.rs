//! `make catalog`: the catalog's LLM, speech and embedding price records, written from
//! LiteLLM's price map (`model_prices_and_context_window_backup.json` in its PyPI wheel) and a
//! committed selection (`catalog/sources/litellm-selection.json`: which map key becomes which
//! record). Everything here is pure (text in, text out); `main.rs` only reads and writes files.
//!
//! - [`import`] maps the selected map entries to price records, refusing a selection the map
//!   cannot answer (a missing key or price field);
//! - [`render`] writes them as the catalog file, byte for byte the same for the same input;
//! - [`excerpt`] cuts the map down to the selected keys: the committed fixture that the drift
//!   test (`tests/import.rs`) imports again and compares with the committed catalog file;
//! - [`gate`] validates the whole catalog with the new file in it and lists every price that
//!   moved more than 50 % against the committed one, for a person to confirm.

pub mod gate;
mod pick;

pub use pick::{Pick, Read};

use deploycalc_core::model::catalog::{Date, PriceRecord};
use serde::Deserialize;
use serde_json::{Map, Value};

/// The committed selection: which LiteLLM version, released when, and which records.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Selection {
    /// The pinned LiteLLM release, e.g. "1.110.2".
    pub litellm_version: String,
    /// That release's PyPI upload date: every imported record's as_of.
    pub released: Date,
    /// How the release date was found (kept for the reader; not written into records).
    pub released_how: String,
    /// The catalog file the records go to, relative to catalog/ (e.g. "prices/llm-litellm.json").
    pub file: String,
    pub records: Vec<Pick>,
}

impl Selection {
    pub fn parse(text: &str) -> Result<Selection, String> {
        serde_json::from_str(text).map_err(|e| format!("the selection file: {e}"))
    }

    /// The distinct map keys the selection reads, in the order they are first named.
    pub fn keys(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for p in &self.records {
            if !out.contains(&p.key.as_str()) {
                out.push(&p.key);
            }
        }
        out
    }
}

/// Parses LiteLLM's map (or an excerpt of it): a JSON object of model key → entry.
pub fn parse_map(text: &str) -> Result<Map<String, Value>, String> {
    match serde_json::from_str(text) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err("the price map is not a JSON object".into()),
        Err(e) => Err(format!("the price map is not JSON: {e}")),
    }
}

/// The selected records, in the selection's order. `catalog_as_of` is the catalog's date: a
/// map `deprecation_date` on or before it retires the record. Every problem at once.
pub fn import(
    map: &Map<String, Value>,
    sel: &Selection,
    catalog_as_of: Date,
) -> Result<Vec<PriceRecord>, Vec<String>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for p in &sel.records {
        if !ids.insert(p.id.as_str()) {
            errors.push(format!("`{}`: the selection names this id twice", p.id));
            continue;
        }
        match p.record(map, sel, catalog_as_of) {
            Ok(r) => out.push(r),
            Err(e) => errors.push(format!("`{}` (map key `{}`): {e}", p.id, p.key)),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The catalog file's text: a JSON array, two-space indented, one trailing newline.
pub fn render(records: &[PriceRecord]) -> String {
    let mut s = serde_json::to_string_pretty(records).unwrap_or_default();
    s.push('\n');
    s
}

/// The map cut down to the selected keys, each entry whole, keys in the selection's order.
pub fn excerpt(map: &Map<String, Value>, sel: &Selection) -> Result<String, Vec<String>> {
    let mut out = String::from("{\n");
    let mut errors = Vec::new();
    let keys = sel.keys();
    for (i, key) in keys.iter().enumerate() {
        let Some(entry) = map.get(*key) else {
            errors.push(format!("map key `{key}` is not in the map"));
            continue;
        };
        let body = serde_json::to_string_pretty(entry).unwrap_or_default();
        let name = serde_json::to_string(key).unwrap_or_default();
        out.push_str(&format!("  {name}: {}", body.replace('\n', "\n  ")));
        out.push_str(if i + 1 < keys.len() { ",\n" } else { "\n" });
    }
    out.push_str("}\n");
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Rounds to 12 significant digits, so that 2.5e-6 × 1e6 is 2.5 and not 2.4999999999999996.
/// The map's figures have at most a handful of digits; 12 keeps every one of them.
pub fn tidy(x: f64) -> f64 {
    format!("{x:.11e}").parse().unwrap_or(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_undoes_binary_noise_and_keeps_real_digits() {
        // 2.5e-6 per token is 2.5 per 1M tokens
        assert_eq!(tidy(2.5e-6 * 1e6), 2.5);
        // 1e-4 per second is 0.006 per minute (1e-4 × 60)
        assert_eq!(tidy(1e-4 * 60.0), 0.006);
        // 1.6000000000000001e-06 (as one map entry writes it) per token is 1.6 per 1M
        assert_eq!(tidy(1.600_000_000_000_000_1e-6 * 1e6), 1.6);
        assert_eq!(tidy(0.123_456_789_012), 0.123_456_789_012);
    }

    #[test]
    fn a_map_must_be_an_object() {
        assert!(parse_map("[]").is_err());
        assert!(parse_map("{").is_err());
        assert_eq!(parse_map("{\"a\": {}}").map(|m| m.len()), Ok(1));
    }
}
