//! The report as JSON, through `serde_json`.

use super::Report;

/// The report as pretty-printed JSON.
pub fn to_json(r: &Report) -> String {
    let mut s = serde_json::to_string_pretty(r).unwrap_or_default();
    s.push('\n');
    s
}
