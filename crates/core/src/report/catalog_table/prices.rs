//! The price table's rows: built from records, searched, filtered and sorted.

use super::{is_stale, provider_name, source_url, Amount, Column, Direction, PriceQuery};
use crate::model::catalog::{Category, Confidence, Date, PriceRecord, Provider, Unit};
use crate::model::money::{Currency, Fx, MoneyRange, HOURS_PER_MONTH};
use crate::model::vocab::Lang;
use crate::model::vocab::{I18nText, PriceId, ProviderId};
use crate::report::text::{self, category_text, confidence_text, retired_text, stale_text};
use std::cmp::Ordering;

/// One row of the price table.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceRow {
    pub id: PriceId,
    pub provider: ProviderId,
    pub provider_name: I18nText,
    pub service: String,
    pub sku: Option<String>,
    pub region: Option<String>,
    pub category: Category,
    pub unit: Unit,
    /// In the record's currency.
    pub price: Amount,
    /// In the chosen currency.
    pub converted: Amount,
    pub per_vcpu_hour: Amount,
    pub per_gib_hour: Amount,
    pub per_gpu_hour: Amount,
    pub source: String,
    pub source_url: Option<String>,
    pub as_of: Date,
    pub stale: bool,
    pub confidence: Confidence,
    /// The retirement date, when the SKU can no longer be bought on "today".
    pub retired: Option<Date>,
    pub note: Option<String>,
}

impl PriceRow {
    /// Builds the row for `record`; `today` decides staleness and retirement.
    pub fn new(
        record: &PriceRecord,
        providers: &[Provider],
        currency: Currency,
        fx: Fx,
        today: Date,
    ) -> PriceRow {
        let price = match record.price {
            Some(v) => Amount::Known(MoneyRange::new(v.range(), record.currency)),
            None => Amount::Unknown,
        };
        let converted = price.map(|m| m.to(currency, fx));
        let specs = record.specs.as_ref();
        let hourly = match record.unit {
            Unit::Hour => Some(1.0),
            Unit::Month => Some(1.0 / HOURS_PER_MONTH),
            _ => None,
        };
        // price per hour ÷ the spec's count, for hourly or monthly instance prices only
        let per = |count: Option<f64>| -> Amount {
            match (hourly, count) {
                (Some(k), Some(n)) if n > 0.0 => converted.map(|m| m.scale(k / n)),
                _ => Amount::NotApplicable,
            }
        };
        let provider_name = provider_name(providers, &record.provider);
        PriceRow {
            id: record.id.clone(),
            provider: record.provider.clone(),
            provider_name,
            service: record.service.clone(),
            sku: record.sku.clone(),
            region: record.region.clone(),
            category: record.category,
            unit: record.unit,
            price,
            converted,
            per_vcpu_hour: per(specs.and_then(|s| s.vcpu)),
            per_gib_hour: per(specs.and_then(|s| s.memory_gib)),
            per_gpu_hour: per(specs
                .and_then(|s| s.gpu.as_ref())
                .map(|g| f64::from(g.count))),
            source: record.source.clone(),
            source_url: source_url(&record.source),
            as_of: record.as_of,
            stale: is_stale(record.as_of, today),
            confidence: record.confidence,
            retired: record.retired.filter(|_| record.is_retired_on(today)),
            note: record.note.clone(),
        }
    }

    fn amount(&self, column: Column) -> Option<Amount> {
        match column {
            // both price columns sort by the converted figure, so that USD and CNY compare
            Column::Price | Column::Converted => Some(self.converted),
            Column::PerVcpuHour => Some(self.per_vcpu_hour),
            Column::PerGibHour => Some(self.per_gib_hour),
            Column::PerGpuHour => Some(self.per_gpu_hour),
            _ => None,
        }
    }

    /// Status words: "retired 2025-09-30; stale", or "".
    pub fn status_text(&self, lang: Lang) -> String {
        let mut parts = Vec::new();
        if let Some(d) = self.retired {
            parts.push(retired_text(lang, d));
        }
        if self.stale {
            parts.push(stale_text(lang).to_string());
        }
        parts.join("; ")
    }

    /// The text of one cell, as the table shows it and the CSV writes it. `unit_word` names a
    /// unit in `lang` (the UI's words).
    pub fn cell_text(
        &self,
        column: Column,
        lang: Lang,
        unit_word: &dyn Fn(Unit) -> String,
    ) -> String {
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        match column {
            Column::Id => self.id.to_string(),
            Column::Provider => text::pick(lang, &self.provider_name).to_string(),
            Column::Service => self.service.clone(),
            Column::Sku => opt(&self.sku),
            Column::Region => opt(&self.region),
            Column::Category => category_text(lang, self.category).to_string(),
            Column::Unit => unit_word(self.unit),
            Column::Price => self.price.text(lang),
            // the list price itself when no conversion was needed
            Column::Converted => match (self.price.known(), self.converted.known()) {
                (Some(p), Some(c)) if p.currency != c.currency => self.converted.derived_text(lang),
                _ => self.converted.text(lang),
            },
            Column::PerVcpuHour => self.per_vcpu_hour.derived_text(lang),
            Column::PerGibHour => self.per_gib_hour.derived_text(lang),
            Column::PerGpuHour => self.per_gpu_hour.derived_text(lang),
            Column::Source => self.source.clone(),
            Column::AsOf => self.as_of.to_string(),
            Column::Confidence => confidence_text(lang, self.confidence).to_string(),
            Column::Status => self.status_text(lang),
        }
    }

    fn matches(&self, terms: &[String]) -> bool {
        if terms.is_empty() {
            return true;
        }
        let hay = [
            Some(self.id.as_str()),
            Some(self.service.as_str()),
            self.sku.as_deref(),
            Some(self.provider.as_str()),
            Some(self.provider_name.zh.as_str()),
            Some(self.provider_name.en.as_str()),
            self.region.as_deref(),
            self.note.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
        terms.iter().all(|t| hay.contains(t.as_str()))
    }

    fn compare(&self, other: &PriceRow, column: Column, lang: Lang) -> Ordering {
        let text = |r: &PriceRow| -> String {
            match column {
                Column::Provider => text::pick(lang, &r.provider_name).to_lowercase(),
                Column::Category => category_text(lang, r.category).to_lowercase(),
                Column::Unit => r.unit.as_str().to_string(),
                Column::Sku => r.sku.clone().unwrap_or_default().to_lowercase(),
                Column::Region => r.region.clone().unwrap_or_default().to_lowercase(),
                Column::Service => r.service.to_lowercase(),
                Column::Source => r.source.to_lowercase(),
                _ => r.id.to_string(),
            }
        };
        match column {
            Column::AsOf => self.as_of.cmp(&other.as_of),
            Column::Confidence => self.confidence.cmp(&other.confidence),
            _ => text(self).cmp(&text(other)),
        }
    }
}

/// Lowercased search words.
pub fn search_terms(search: &str) -> Vec<String> {
    search.split_whitespace().map(str::to_lowercase).collect()
}

/// The price table: the rows that pass the query, sorted, and how many records there are.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceTable {
    pub rows: Vec<PriceRow>,
    pub total: usize,
    pub currency: Currency,
}

/// Filters, searches and sorts `prices`. Unknown amounts sort last in both directions; ties
/// keep id order. `today` is the day staleness and retirement are judged on.
pub fn price_table(
    prices: &[PriceRecord],
    providers: &[Provider],
    query: &PriceQuery,
    fx: Fx,
    today: Date,
    lang: Lang,
) -> PriceTable {
    let terms = search_terms(&query.search);
    let mut rows: Vec<PriceRow> = prices
        .iter()
        .filter(|r| query.provider.as_ref().is_none_or(|p| &r.provider == p))
        .filter(|r| query.category.is_none_or(|c| r.category == c))
        .filter(|r| {
            query
                .region
                .as_ref()
                .is_none_or(|g| r.region.as_ref() == Some(g))
        })
        .filter(|r| query.confidence.is_none_or(|c| r.confidence == c))
        .map(|r| PriceRow::new(r, providers, query.currency, fx, today))
        .filter(|row| row.matches(&terms))
        .collect();
    let (column, dir) = query.sort;
    rows.sort_by(|a, b| {
        let primary = match (a.amount(column), b.amount(column)) {
            (Some(x), Some(y)) => match (x.known(), y.known()) {
                (Some(mx), Some(my)) => {
                    let o = mx.low.total_cmp(&my.low).then(mx.high.total_cmp(&my.high));
                    if dir == Direction::Desc {
                        o.reverse()
                    } else {
                        o
                    }
                }
                _ => x.rank().cmp(&y.rank()),
            },
            _ => {
                let o = a.compare(b, column, lang);
                if dir == Direction::Desc {
                    o.reverse()
                } else {
                    o
                }
            }
        };
        primary.then_with(|| a.id.cmp(&b.id))
    });
    PriceTable {
        rows,
        total: prices.len(),
        currency: query.currency,
    }
}
