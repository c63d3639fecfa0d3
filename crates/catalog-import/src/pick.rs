//! One selected record: which map entry, which of its prices, and the catalog fields the map
//! does not have (id, provider, service, category, sku, a note, the seeds' figures).

use super::{tidy, Selection};
use deploycalc_core::model::catalog::{
    Category, Confidence, Date, PriceRecord, PriceValue, SeedFigure, Unit,
};
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::vocab::{PriceId, ProviderId};
use serde::Deserialize;
use serde_json::{Map, Value};

/// Which price of a map entry a record takes, and so its unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Read {
    /// `input_cost_per_token` per 1M input tokens, with `cache_read_input_token_cost` as the
    /// cached-input price and `input_cost_per_token_batches` as the batch price.
    InputTokens,
    /// `output_cost_per_token` per 1M output tokens, with `output_cost_per_token_batches`.
    OutputTokens,
    /// The first tier of `tiered_pricing` (a model priced only by context length).
    FirstTierInputTokens,
    FirstTierOutputTokens,
    /// `input_cost_per_token` per 1M tokens of an embedding model (no input/output split),
    /// with `input_cost_per_token_batches`.
    EmbeddingTokens,
    /// `input_cost_per_second` × 60, per minute of audio in (speech to text).
    InputPerSecond,
    /// `output_cost_per_second` × 60, per minute of audio out (text to speech).
    OutputPerSecond,
    /// `input_cost_per_character` per 1M characters (text to speech).
    InputPerCharacter,
    /// `search_context_cost_per_query` low…high per 1k requests.
    SearchContext,
}

impl Read {
    pub fn unit(self) -> Unit {
        match self {
            Read::InputTokens | Read::FirstTierInputTokens => Unit::MInputTokens,
            Read::OutputTokens | Read::FirstTierOutputTokens => Unit::MOutputTokens,
            Read::EmbeddingTokens => Unit::MTokens,
            Read::InputPerSecond | Read::OutputPerSecond => Unit::Minute,
            Read::InputPerCharacter => Unit::MCharacters,
            Read::SearchContext => Unit::KRequests,
        }
    }

    /// (map field, multiplier to the unit) of the main price; the tiered and search-context
    /// reads are handled apart.
    fn field(self) -> (&'static str, f64) {
        match self {
            Read::InputTokens | Read::EmbeddingTokens | Read::FirstTierInputTokens => {
                ("input_cost_per_token", 1e6)
            }
            Read::OutputTokens | Read::FirstTierOutputTokens => ("output_cost_per_token", 1e6),
            Read::InputPerSecond => ("input_cost_per_second", 60.0),
            Read::OutputPerSecond => ("output_cost_per_second", 60.0),
            Read::InputPerCharacter => ("input_cost_per_character", 1e6),
            Read::SearchContext => ("search_context_cost_per_query", 1e3),
        }
    }

    /// The map fields of the cached-input and batch prices this read carries, if any.
    fn extras(self) -> (Option<&'static str>, Option<&'static str>) {
        match self {
            Read::InputTokens => (
                Some("cache_read_input_token_cost"),
                Some("input_cost_per_token_batches"),
            ),
            Read::EmbeddingTokens => (None, Some("input_cost_per_token_batches")),
            Read::OutputTokens => (None, Some("output_cost_per_token_batches")),
            _ => (None, None),
        }
    }
}

/// One record of the selection file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pick {
    pub id: PriceId,
    /// The map's key, e.g. "gpt-4o", "xai/grok-4.3".
    pub key: String,
    pub read: Read,
    pub provider: ProviderId,
    pub service: String,
    pub category: Category,
    #[serde(default)]
    pub sku: Option<String>,
    /// Written as the record's note, before what the importer adds (a deprecation date).
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub seed_figures: Vec<SeedFigure>,
}

/// A number field of a map entry, with the text it is cited by.
fn number(entry: &Map<String, Value>, field: &str) -> Option<(f64, String)> {
    let v = entry.get(field)?.as_f64()?;
    Some((v, format!("{field} {v:e}")))
}

impl Pick {
    pub(crate) fn record(
        &self,
        map: &Map<String, Value>,
        sel: &Selection,
        catalog_as_of: Date,
    ) -> Result<PriceRecord, String> {
        let entry = map
            .get(&self.key)
            .and_then(Value::as_object)
            .ok_or("the key is not in the map")?;
        let (price, mut cited) = self.price(entry)?;
        let (cached_field, batch_field) = self.read.extras();
        let mut extra = |field: Option<&str>| {
            let (v, text) = number(entry, field?)?;
            cited.push(text);
            Some(tidy(v * 1e6))
        };
        let cached_input = extra(cached_field);
        let batch = extra(batch_field);
        let deprecated = match entry.get("deprecation_date") {
            None | Some(Value::Null) => None,
            Some(d) => Some(
                d.as_str()
                    .and_then(Date::parse)
                    .ok_or_else(|| format!("deprecation_date {d} is not a YYYY-MM-DD date"))?,
            ),
        };
        let retired = deprecated.filter(|d| *d <= catalog_as_of);
        let mut note = self.note.clone().unwrap_or_default();
        if let Some(d) = deprecated {
            let said = if retired.is_some() {
                format!("Retired: LiteLLM's deprecation_date is {d}.")
            } else {
                format!("LiteLLM's deprecation_date is {d}.")
            };
            note = if note.is_empty() {
                said
            } else {
                format!("{note} {said}")
            };
        }
        Ok(PriceRecord {
            id: self.id.clone(),
            provider: self.provider.clone(),
            service: self.service.clone(),
            category: self.category,
            sku: self.sku.clone(),
            region: None,
            specs: None,
            unit: self.read.unit(),
            price: Some(price),
            currency: Currency::Usd,
            cached_input,
            batch,
            options: Default::default(),
            free_quota: None,
            source: format!(
                "LiteLLM {v} model_prices_and_context_window_backup.json `{}`: {} \
                 (the wheel of https://pypi.org/project/litellm/{v}/)",
                self.key,
                cited.join(", "),
                v = sel.litellm_version,
            ),
            as_of: sel.released,
            confidence: Confidence::List,
            note: (!note.is_empty()).then_some(note),
            retired,
            seed_figures: self.seed_figures.clone(),
        })
    }

    /// The main price in the record's unit, and the cited map fields it came from.
    fn price(&self, entry: &Map<String, Value>) -> Result<(PriceValue, Vec<String>), String> {
        let (field, scale) = self.read.field();
        let missing = || format!("the entry has no number `{field}`");
        match self.read {
            Read::SearchContext => {
                let q = entry.get(field).ok_or_else(missing)?;
                let size = |s: &str| {
                    q.get(format!("search_context_size_{s}"))
                        .and_then(Value::as_f64)
                };
                let (Some(low), Some(high)) = (size("low"), size("high")) else {
                    return Err(format!("`{field}` has no low and high sizes"));
                };
                let text = format!("{field} low {low:e} … high {high:e}");
                let value = PriceValue::Range {
                    low: tidy(low * scale),
                    high: tidy(high * scale),
                };
                Ok((value, vec![text]))
            }
            Read::FirstTierInputTokens | Read::FirstTierOutputTokens => {
                let tier = entry
                    .get("tiered_pricing")
                    .and_then(|t| t.get(0))
                    .and_then(Value::as_object)
                    .ok_or("the entry has no tiered_pricing")?;
                let (v, text) = number(tier, field).ok_or_else(missing)?;
                let range = tier.get("range").map(Value::to_string).unwrap_or_default();
                let text = format!("tiered_pricing[0] (range {range}) {text}");
                Ok((PriceValue::Point(tidy(v * scale)), vec![text]))
            }
            _ => {
                let (v, text) = number(entry, field).ok_or_else(missing)?;
                Ok((PriceValue::Point(tidy(v * scale)), vec![text]))
            }
        }
    }
}
