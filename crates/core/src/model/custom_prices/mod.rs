//! Custom prices as a file: per-provider discounts (%) and per-record unit-price overrides
//! (negotiated prices), exported and imported as JSON.
//!
//! Import is all or nothing: the whole file is checked first, every problem is listed with the
//! record it concerns (provider id, price id, or the list position when the id is missing) and
//! the reason; only a file without a single problem is applied. Files over [`MAX_BYTES`] are
//! refused before they are parsed.
//!
//! ```json
//! {
//!   "format": "deploycalc-custom-prices",
//!   "version": 1,
//!   "discounts": [{ "provider": "aws", "percent": 10 }],
//!   "prices": [{ "id": "aws-ec2-g4dn-xlarge", "price": 0.4, "currency": "USD" }]
//! }
//! ```
//!
//! A comparison exported as JSON (`deploycalc-comparison`) carries the same object under
//! `custom_prices`, so it imports too.

mod check;
mod problem;
mod strict;

pub use check::import;
pub use problem::{ImportError, Problem};

use crate::model::catalog::Catalog;
use crate::model::scenario::Scenario;
use crate::model::vocab::{PriceId, ProviderId};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The `format` tag of a custom-prices file.
pub const FORMAT: &str = "deploycalc-custom-prices";
/// The file version this build writes; files of every earlier version keep importing.
pub const VERSION: u64 = 1;
/// Largest file accepted: 64 KiB, far more than a price list of every catalog record needs.
pub const MAX_BYTES: usize = 64 * 1024;
/// Most discounts plus prices in one file.
pub const MAX_RECORDS: usize = 1000;
/// The `format` tag of an exported comparison, which embeds a custom-prices object.
pub const COMPARISON_FORMAT: &str = "deploycalc-comparison";

/// What a custom-prices file sets: discount % per provider id, unit price per price id (in the
/// record's own currency).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomPrices {
    pub discounts: BTreeMap<ProviderId, f64>,
    pub overrides: BTreeMap<PriceId, f64>,
}

impl CustomPrices {
    pub fn from_scenario(s: &Scenario) -> CustomPrices {
        CustomPrices {
            discounts: s.discounts.clone(),
            overrides: s.overrides.clone(),
        }
    }

    /// Replaces the scenario's discounts and overrides with these.
    pub fn apply_to(&self, s: &mut Scenario) {
        s.discounts = self.discounts.clone();
        s.overrides = self.overrides.clone();
    }

    pub fn is_empty(&self) -> bool {
        self.discounts.is_empty() && self.overrides.is_empty()
    }

    pub fn len(&self) -> usize {
        self.discounts.len() + self.overrides.len()
    }

    /// The file's JSON object. Each price carries its record's currency and unit (from the
    /// catalog) so that a reader sees what the number means; import checks the currency.
    pub fn to_value(&self, catalog: &Catalog) -> Value {
        let discounts: Vec<Value> = self
            .discounts
            .iter()
            .map(|(p, pct)| json!({ "provider": p, "percent": pct }))
            .collect();
        let prices: Vec<Value> = self
            .overrides
            .iter()
            .map(|(id, price)| {
                let mut o = Map::new();
                o.insert("id".into(), json!(id));
                o.insert("price".into(), json!(price));
                if let Some(rec) = catalog.price_by_str(id.as_str()) {
                    o.insert("currency".into(), json!(rec.currency.as_str()));
                    o.insert("unit".into(), json!(rec.unit.as_str()));
                }
                Value::Object(o)
            })
            .collect();
        json!({
            "format": FORMAT,
            "version": VERSION,
            "discounts": discounts,
            "prices": prices,
        })
    }

    /// The file's text (pretty-printed JSON, ending in a newline).
    pub fn to_json(&self, catalog: &Catalog) -> String {
        let mut s = serde_json::to_string_pretty(&self.to_value(catalog)).unwrap_or_default();
        s.push('\n');
        s
    }
}
