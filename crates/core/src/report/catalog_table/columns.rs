//! The price table's columns, sort direction and query.

use crate::model::catalog::{Category, Confidence};

use crate::model::money::Currency;
use crate::model::vocab::Lang;
use crate::model::vocab::ProviderId;
use crate::report::text;

/// A column of the price table. Order of [`Column::ALL`] is the order on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Id,
    Provider,
    Service,
    Sku,
    Region,
    Category,
    Unit,
    /// Unit price in the record's own currency.
    Price,
    /// Unit price converted to the chosen currency.
    Converted,
    PerVcpuHour,
    PerGibHour,
    PerGpuHour,
    Source,
    AsOf,
    Confidence,
    /// Retired / stale marks.
    Status,
}

impl Column {
    pub const ALL: [Column; 16] = [
        Column::Id,
        Column::Provider,
        Column::Service,
        Column::Sku,
        Column::Price,
        Column::Converted,
        Column::Unit,
        Column::PerVcpuHour,
        Column::PerGibHour,
        Column::PerGpuHour,
        Column::Region,
        Column::Category,
        Column::Confidence,
        Column::AsOf,
        Column::Status,
        Column::Source,
    ];

    /// The normalised columns, which the UI can hide as a group.
    pub const NORMALISED: [Column; 3] =
        [Column::PerVcpuHour, Column::PerGibHour, Column::PerGpuHour];

    /// Stable name, for test ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Provider => "provider",
            Column::Service => "service",
            Column::Sku => "sku",
            Column::Region => "region",
            Column::Category => "category",
            Column::Unit => "unit",
            Column::Price => "price",
            Column::Converted => "converted",
            Column::PerVcpuHour => "per_vcpu_hour",
            Column::PerGibHour => "per_gib_hour",
            Column::PerGpuHour => "per_gpu_hour",
            Column::Source => "source",
            Column::AsOf => "as_of",
            Column::Confidence => "confidence",
            Column::Status => "status",
        }
    }

    /// Whether the header sorts the table.
    pub fn sortable(self) -> bool {
        self != Column::Status
    }

    /// Right-aligned figures.
    pub fn numeric(self) -> bool {
        matches!(
            self,
            Column::Price
                | Column::Converted
                | Column::PerVcpuHour
                | Column::PerGibHour
                | Column::PerGpuHour
        )
    }

    /// Header text; converted and normalised columns name the chosen currency.
    pub fn header(self, lang: Lang, currency: Currency) -> String {
        let cur = currency.as_str();
        match (self, lang) {
            (Column::Id, _) => "ID".to_string(),
            (Column::Provider, l) => text::tr(l, "厂商", "Provider").to_string(),
            (Column::Service, l) => text::tr(l, "服务", "Service").to_string(),
            (Column::Sku, l) => text::tr(l, "规格", "SKU").to_string(),
            (Column::Region, l) => text::tr(l, "地域", "Region").to_string(),
            (Column::Category, l) => text::tr(l, "类别", "Category").to_string(),
            (Column::Unit, l) => text::tr(l, "计价单位", "Unit").to_string(),
            (Column::Price, l) => {
                text::tr(l, "单价（原币种）", "Unit price (as listed)").to_string()
            }
            (Column::Converted, l) => text::in_currency(l, text::tr(l, "单价", "Unit price"), cur),
            (Column::PerVcpuHour, l) => {
                text::in_currency(l, text::tr(l, "每 vCPU·小时", "Per vCPU-hour"), cur)
            }
            (Column::PerGibHour, l) => {
                text::in_currency(l, text::tr(l, "每 GiB·小时", "Per GiB-hour"), cur)
            }
            (Column::PerGpuHour, l) => {
                text::in_currency(l, text::tr(l, "每 GPU·小时", "Per GPU-hour"), cur)
            }
            (Column::Source, l) => text::t(l, text::Key::Source).to_string(),
            (Column::AsOf, l) => text::tr(l, "日期", "As of").to_string(),
            (Column::Confidence, l) => text::tr(l, "可信度", "Confidence").to_string(),
            (Column::Status, l) => text::tr(l, "状态", "Status").to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Asc,
    Desc,
}

impl Direction {
    pub fn flip(self) -> Direction {
        match self {
            Direction::Asc => Direction::Desc,
            Direction::Desc => Direction::Asc,
        }
    }

    /// The `aria-sort` value.
    pub fn aria(self) -> &'static str {
        match self {
            Direction::Asc => "ascending",
            Direction::Desc => "descending",
        }
    }
}

/// What the user asked the price table to show.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceQuery {
    /// Words that must all appear (case-insensitive) in the id, service, SKU, provider,
    /// region or note.
    pub search: String,
    pub provider: Option<ProviderId>,
    pub category: Option<Category>,
    pub region: Option<String>,
    pub confidence: Option<Confidence>,
    pub sort: (Column, Direction),
    /// Currency of the converted and normalised columns.
    pub currency: Currency,
}

impl Default for PriceQuery {
    fn default() -> Self {
        PriceQuery {
            search: String::new(),
            provider: None,
            category: None,
            region: None,
            confidence: None,
            sort: (Column::Provider, Direction::Asc),
            currency: Currency::Usd,
        }
    }
}

impl PriceQuery {
    /// Clicking a header: the same column flips direction, another column sorts ascending.
    pub fn sorted_by(&self, column: Column) -> (Column, Direction) {
        next_sort(self.sort, column)
    }
}

/// Clicking a header: the same column flips direction, another column sorts ascending.
pub fn next_sort(current: (Column, Direction), clicked: Column) -> (Column, Direction) {
    if current.0 == clicked {
        (clicked, current.1.flip())
    } else {
        (clicked, Direction::Asc)
    }
}
