//! The choices the price table's filters offer.

use super::provider_name;
use crate::model::catalog::{Category, Confidence, PriceRecord, Provider};
use crate::model::vocab::{I18nText, ProviderId};

/// The choices the filter selects offer: only values that occur in the catalog.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceFacets {
    /// Sorted by English name.
    pub providers: Vec<(ProviderId, I18nText)>,
    /// In [`Category::ALL`] order.
    pub categories: Vec<Category>,
    /// Sorted.
    pub regions: Vec<String>,
    /// In [`Confidence::ALL`] order.
    pub confidences: Vec<Confidence>,
}

pub fn price_facets(prices: &[PriceRecord], providers: &[Provider]) -> PriceFacets {
    let mut ps: Vec<(ProviderId, I18nText)> = Vec::new();
    for r in prices {
        if !ps.iter().any(|(id, _)| id == &r.provider) {
            let name = provider_name(providers, &r.provider);
            ps.push((r.provider.clone(), name));
        }
    }
    ps.sort_by_key(|p| p.1.en.to_lowercase());
    let mut regions: Vec<String> = prices.iter().filter_map(|r| r.region.clone()).collect();
    regions.sort();
    regions.dedup();
    PriceFacets {
        providers: ps,
        categories: Category::ALL
            .into_iter()
            .filter(|c| prices.iter().any(|r| r.category == *c))
            .collect(),
        regions,
        confidences: Confidence::ALL
            .into_iter()
            .filter(|c| prices.iter().any(|r| r.confidence == *c))
            .collect(),
    }
}
