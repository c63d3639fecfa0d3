//! Purchase options, spot share, provider discounts and price overrides: from a record's
//! on-demand price to the unit price the scenario pays.

use crate::model::catalog::{Category, Confidence, Date, PriceRecord, PriceValue, Unit};

use crate::model::money::Range;
use crate::model::scenario::Scenario;
use crate::model::vocab::PurchaseOption;
use serde::Deserialize;
use std::sync::OnceLock;

/// A generic discount for a purchase option (catalog/purchase.json), used when a record has no
/// sourced price of its own for that option.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct DiscountRule {
    pub option: PurchaseOption,
    pub providers: Vec<String>,
    pub categories: Vec<Category>,
    /// Percent off; a range gives (larger discount → low price, smaller → high price).
    pub percent_off: PriceValue,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
}

impl DiscountRule {
    fn applies_to(&self, rec: &PriceRecord) -> bool {
        self.providers.iter().any(|p| p == rec.provider.as_str())
            && self.categories.contains(&rec.category)
    }

    /// Price multiplier range: `(1 - high%) ..= (1 - low%)`.
    pub fn multiplier(&self) -> Range<f64> {
        let off = self.percent_off.range();
        Range::new(1.0 - off.high / 100.0, 1.0 - off.low / 100.0)
    }
}

#[derive(Deserialize)]
struct RulesFile {
    rules: Vec<DiscountRule>,
}

/// Parses a rules file; the embedded one is checked by a test.
pub fn parse_rules(json: &str) -> Result<Vec<DiscountRule>, String> {
    serde_json::from_str::<RulesFile>(json)
        .map(|f| f.rules)
        .map_err(|e| e.to_string())
}

/// The rules every estimate applies, set once per process.
static RULES: OnceLock<Vec<DiscountRule>> = OnceLock::new();

/// catalog/purchase.json, compiled in.
#[cfg(feature = "embedded")]
pub const EMBEDDED_RULES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../catalog/purchase.json"
));

/// The rules (catalog/purchase.json): the embedded ones, unless the data file installed its
/// own first (the same file; `make test` checks that the data file carries it unchanged).
#[cfg(feature = "embedded")]
pub fn rules() -> &'static [DiscountRule] {
    RULES.get_or_init(|| parse_rules(EMBEDDED_RULES).unwrap_or_default())
}

/// The rules the data file installed (engine::data_file::load_in_steps runs before any estimate).
#[cfg(not(feature = "embedded"))]
pub fn rules() -> &'static [DiscountRule] {
    RULES.get().map_or(&[], Vec::as_slice)
}

/// Installs the data file's rules; false when rules were already in use (then those stay).
pub(crate) fn install_rules(rules: Vec<DiscountRule>) -> bool {
    RULES.set(rules).is_ok()
}

/// What changed a line's unit price from the record's on-demand price.
#[derive(Clone, Debug, PartialEq)]
pub enum Adjustment {
    /// The scenario overrides the unit price (what the team actually pays).
    Override,
    /// A purchase option, priced by the record itself (sourced) or by a generic rule.
    Purchase {
        option: PurchaseOption,
        sourced: bool,
    },
    /// The option was asked for but neither the record nor a rule prices it: on-demand is used.
    PurchaseUnavailable { option: PurchaseOption },
    /// Part of the GPU hours bought as spot.
    Spot { share_percent: f64, sourced: bool },
    /// Part of the input tokens served from the prompt cache, at the record's cached price.
    CachedInput { share_percent: f64 },
    /// A negotiated provider discount, in percent.
    Discount { percent: f64 },
}

/// The unit price a scenario pays for a record, and why it differs from on-demand.
/// `None` when the price is unknown and not overridden.
pub fn effective_unit_price(
    rec: &PriceRecord,
    s: &Scenario,
) -> (Option<Range<f64>>, Vec<Adjustment>) {
    let mut adj = Vec::new();
    if let Some(&v) = s.overrides.get(&rec.id) {
        adj.push(Adjustment::Override);
        return (Some(Range::point(v)), adj);
    }
    let Some(on_demand) = rec.price.map(PriceValue::range) else {
        return (None, adj);
    };
    let option_price = |option: PurchaseOption| -> Option<(Range<f64>, bool)> {
        if option == PurchaseOption::Batch {
            // only the record's own batch price (LLM token records); no generic rule
            return rec.batch.map(|b| (Range::point(b), true));
        }
        if let Some(o) = rec.options.get(&option) {
            return Some((o.price.range(), true));
        }
        rules()
            .iter()
            .find(|r| r.option == option && r.applies_to(rec))
            .map(|r| (on_demand * r.multiplier(), false))
    };
    let mut price = on_demand;
    if s.purchase_option != PurchaseOption::OnDemand {
        match option_price(s.purchase_option) {
            Some((p, sourced)) => {
                price = p;
                adj.push(Adjustment::Purchase {
                    option: s.purchase_option,
                    sourced,
                });
            }
            // the batch API is about LLM tokens: instances stay on demand without a note
            None if compute_like(rec.category) && s.purchase_option != PurchaseOption::Batch => adj
                .push(Adjustment::PurchaseUnavailable {
                    option: s.purchase_option,
                }),
            None => {}
        }
    }
    if s.spot_share > 0.0 && rec.category == Category::Gpu {
        if let Some((spot, sourced)) = option_price(PurchaseOption::Spot) {
            let k = s.spot_share / 100.0;
            price = price.scale(1.0 - k) + spot.scale(k);
            adj.push(Adjustment::Spot {
                share_percent: s.spot_share,
                sourced,
            });
        }
    }
    // an input-token price with a cached price: the cached share of the tokens pays that one
    // (not on top of a batch price: the batch API's own cache price is not in the catalog)
    let batched = s.purchase_option == PurchaseOption::Batch && rec.batch.is_some();
    if s.cached_input_share > 0.0 && rec.unit == Unit::MInputTokens && !batched {
        if let Some(cached) = rec.cached_input {
            let k = s.cached_input_share / 100.0;
            price = price.scale(1.0 - k) + Range::point(cached).scale(k);
            adj.push(Adjustment::CachedInput {
                share_percent: s.cached_input_share,
            });
        }
    }
    if let Some(&pct) = s.discounts.get(&rec.provider) {
        if pct > 0.0 {
            price = price.scale(1.0 - pct / 100.0);
            adj.push(Adjustment::Discount { percent: pct });
        }
    }
    (Some(price), adj)
}

/// Categories that purchase options are about.
pub fn compute_like(c: Category) -> bool {
    matches!(
        c,
        Category::Compute | Category::Gpu | Category::Container | Category::Database
    )
}
