//! The provider matrix as tables: references to price and performance records resolved.

use super::{provider_name, source_url, Amount};
use crate::model::catalog::{
    Catalog, CellValue, Date, Level, PerfUnit, ProviderMatrix, Scale, Support, Unit,
};
use crate::model::money::MoneyRange;
use crate::model::vocab::{I18nText, ProviderId};

/// The value of a matrix cell, resolved: references to price and performance records are
/// looked up and formatted; words (support, levels) stay enums for the UI to name.
#[derive(Clone, Debug, PartialEq)]
pub enum MatrixValue {
    /// Product names, joined with ", ".
    Names(String),
    Text(I18nText),
    Support(Support),
    Level(Level, Option<Scale>),
    /// A count or performance figure: "32+", "100" with its unit (None for a bare count).
    Figure {
        text: String,
        unit: Option<PerfUnit>,
    },
    /// A unit price from the price records ("unknown" when the record has none).
    Price {
        amount: Amount,
        unit: Unit,
    },
    /// A monthly amount the seed states.
    Money(MoneyRange),
    /// A reference that does not resolve (validation forbids it; shown as unknown).
    Unknown,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatrixCellView {
    pub value: MatrixValue,
    pub note: Option<I18nText>,
    /// Only when it differs from the section's source.
    pub source: Option<String>,
    pub source_url: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatrixRowView {
    pub id: String,
    pub label: I18nText,
    /// One per column of the section; `None` where the seed gives no value.
    pub cells: Vec<Option<MatrixCellView>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatrixTable {
    pub id: String,
    pub title: I18nText,
    pub columns: Vec<(ProviderId, I18nText)>,
    pub rows: Vec<MatrixRowView>,
    pub summary: Option<I18nText>,
    pub source: String,
    pub source_url: Option<String>,
    pub as_of: Date,
}

fn matrix_value(catalog: &Catalog, value: &CellValue, scale: Option<Scale>) -> MatrixValue {
    match value {
        CellValue::Names(n) => MatrixValue::Names(n.join(", ")),
        CellValue::Text(t) => MatrixValue::Text(t.clone()),
        CellValue::Support(s) => MatrixValue::Support(*s),
        CellValue::Level(l) => MatrixValue::Level(*l, scale),
        CellValue::Count(f) => MatrixValue::Figure {
            text: f.to_text(),
            unit: None,
        },
        CellValue::Perf(id) => match catalog.perf_record(id) {
            Some(r) => MatrixValue::Figure {
                text: r.value.to_text(),
                unit: Some(r.unit),
            },
            None => MatrixValue::Unknown,
        },
        CellValue::Price(id) => match catalog.price(id) {
            Some(r) => MatrixValue::Price {
                amount: match r.price {
                    Some(v) => Amount::Known(MoneyRange::new(v.range(), r.currency)),
                    None => Amount::Unknown,
                },
                unit: r.unit,
            },
            None => MatrixValue::Unknown,
        },
        CellValue::Money { amount, currency } => {
            MatrixValue::Money(MoneyRange::new(amount.range(), *currency))
        }
    }
}

/// The provider matrix, one table per section, cells aligned with the section's columns.
pub fn matrix_tables(catalog: &Catalog) -> Vec<MatrixTable> {
    let m: &ProviderMatrix = &catalog.matrix;
    m.sections
        .iter()
        .map(|s| MatrixTable {
            id: s.id.clone(),
            title: s.title.clone(),
            columns: s
                .columns
                .iter()
                .map(|p| (p.clone(), provider_name(&catalog.providers, p)))
                .collect(),
            rows: s
                .rows
                .iter()
                .map(|r| MatrixRowView {
                    id: r.id.clone(),
                    label: r.label.clone(),
                    cells: s
                        .columns
                        .iter()
                        .map(|p| {
                            r.cells.get(p).map(|c| MatrixCellView {
                                value: matrix_value(catalog, &c.value, r.scale),
                                note: c.note.clone(),
                                source: c.source.clone().filter(|src| src != &s.source),
                                source_url: c.source.as_deref().and_then(source_url),
                            })
                        })
                        .collect(),
                })
                .collect(),
            summary: s.summary.clone(),
            source: s.source.clone(),
            source_url: source_url(&s.source),
            as_of: s.as_of,
        })
        .collect()
}
