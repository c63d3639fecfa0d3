//! View-models for the catalog browser: the price table (filter, search, sort, currency,
//! normalised per-vCPU / per-GiB / per-GPU hour columns, staleness), the performance-record
//! list, the provider matrix as tables, and the price table as CSV.
//!
//! The UI only lays these out. Every cell's text comes from [`PriceRow::cell_text`], which the
//! CSV export uses too, so the file holds exactly what the table shows.

use crate::domain::catalog::{
    Catalog, Category, CellValue, Confidence, Date, I18nText, Level, Metric, Percentile, PerfId,
    PerfRecord, PerfUnit, PriceId, PriceRecord, Provider, ProviderId, ProviderMatrix, Scale,
    Subject, Support, Unit,
};
use crate::domain::format;
use crate::domain::money::{Currency, Fx, MoneyRange, HOURS_PER_MONTH};
use crate::domain::scenario::Workload;
use crate::domain::share::Lang;
use std::cmp::Ordering;

/// Months after which a record counts as stale.
pub const STALE_AFTER_MONTHS: u16 = 12;

fn pick(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

fn pick_text(lang: Lang, t: &I18nText) -> &str {
    match lang {
        Lang::Zh => &t.zh,
        Lang::En => &t.en,
    }
}

// ---------------------------------------------------------------------------------------------
// Words the table and its CSV share
// ---------------------------------------------------------------------------------------------

/// "unknown" in the UI language: a price nobody knows is never shown as 0.
pub fn unknown_text(lang: Lang) -> &'static str {
    pick(lang, "未知", "unknown")
}

/// The confidence badge's text (distinct words, so that it never relies on colour).
pub fn confidence_text(c: Confidence, lang: Lang) -> &'static str {
    match c {
        Confidence::List => pick(lang, "官方价目", "list"),
        Confidence::Derived => pick(lang, "推算", "derived"),
        Confidence::Seed => pick(lang, "种子文档", "seed"),
        Confidence::Estimate => pick(lang, "估计", "estimate"),
    }
}

pub fn category_text(c: Category, lang: Lang) -> &'static str {
    use Category::*;
    match c {
        Compute => pick(lang, "计算", "Compute"),
        Gpu => pick(lang, "GPU", "GPU"),
        Container => pick(lang, "容器", "Containers"),
        Serverless => pick(lang, "无服务器", "Serverless"),
        Storage => pick(lang, "存储", "Storage"),
        Database => pick(lang, "数据库", "Database"),
        Cache => pick(lang, "缓存", "Cache"),
        Network => pick(lang, "网络", "Network"),
        Cdn => pick(lang, "CDN", "CDN"),
        Hosting => pick(lang, "托管", "Hosting"),
        LlmApi => pick(lang, "大模型 API", "LLM API"),
        SpeechApi => pick(lang, "语音 API", "Speech API"),
        EmbeddingApi => pick(lang, "向量嵌入 API", "Embedding API"),
        ThirdPartyApi => pick(lang, "第三方 API", "Third-party API"),
        Messaging => pick(lang, "消息", "Messaging"),
        Monitoring => pick(lang, "监控", "Monitoring"),
        Logging => pick(lang, "日志", "Logging"),
        Security => pick(lang, "安全", "Security"),
        Domain => pick(lang, "域名", "Domain"),
        ApiGateway => pick(lang, "API 网关", "API gateway"),
        Scheduler => pick(lang, "定时任务", "Scheduler"),
        CiCd => pick(lang, "CI/CD", "CI/CD"),
        Other => pick(lang, "其他", "Other"),
    }
}

/// "stale" badge text.
pub fn stale_text(lang: Lang) -> &'static str {
    pick(lang, "过时", "stale")
}

/// "retired 2025-09-30" / "已下架（2025-09-30）".
pub fn retired_text(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("已下架（{date}）"),
        Lang::En => format!("retired {date}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/// The same calendar day `STALE_AFTER_MONTHS` months before `today` (29 Feb -> 28 Feb).
pub fn stale_cutoff(today: Date) -> Date {
    let year = today.year.saturating_sub(STALE_AFTER_MONTHS / 12);
    Date::new(year, today.month, today.day)
        .or_else(|| Date::new(year, today.month, today.day.saturating_sub(1)))
        .unwrap_or(today)
}

/// A figure is stale when it is dated before the same day twelve months before `today`:
/// exactly twelve months old is not yet stale, one day more is.
pub fn is_stale(as_of: Date, today: Date) -> bool {
    as_of < stale_cutoff(today)
}

/// A link for a source text, when it names a place on the web:
/// - an `http://` or `https://` address anywhere in the text;
/// - a text that starts with a host and path (`cloud.google.com/run/pricing (…)`);
/// - a text that starts with a repository, path and commit as the catalog cites them
///   (`BerriAI/litellm model_prices.json @00035b69 (…)`): that file on GitHub at that commit.
///
/// Seed citations ("seed 003 §1.1: …") and prose get no link.
pub fn source_url(source: &str) -> Option<String> {
    const TRIM: [char; 10] = [')', ',', ';', ':', '.', '"', '」', '）', '，', '。'];
    let start = source
        .find("https://")
        .into_iter()
        .chain(source.find("http://"))
        .min();
    if let Some(start) = start {
        let rest = &source[start..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let url = rest[..end].trim_end_matches(TRIM);
        return (url.len() > "https://".len()).then(|| url.to_string());
    }
    let mut words = source.split_whitespace();
    let first = words.next()?.trim_end_matches(TRIM);
    let (head, tail) = first.split_once('/')?;
    let name_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.';
    if head.is_empty() || tail.is_empty() || !head.chars().all(name_char) {
        return None;
    }
    if let Some((_, tld)) = head.rsplit_once('.') {
        // a host: letters-only top-level domain, e.g. cloud.google.com/run/pricing
        let host_ok = tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase());
        return host_ok.then(|| format!("https://{first}"));
    }
    // owner/repo, optionally followed by a path and @commit
    if !tail.chars().all(name_char) {
        return None;
    }
    let repo = format!("https://github.com/{head}/{tail}");
    let rest: Vec<&str> = words.take(2).collect();
    let commit = |w: &str| {
        w.strip_prefix('@')
            .map(|h| h.trim_end_matches(TRIM))
            .filter(|h| h.len() >= 7 && h.chars().all(|c| c.is_ascii_hexdigit()))
            .map(str::to_string)
    };
    match rest.as_slice() {
        [path, at, ..] if !path.starts_with(['@', '(']) => match commit(at) {
            Some(sha) => Some(format!("{repo}/blob/{sha}/{}", path.trim_end_matches(TRIM))),
            None => Some(repo),
        },
        [at, ..] => Some(match commit(at) {
            Some(sha) => format!("{repo}/tree/{sha}"),
            None => repo,
        }),
        [] => Some(repo),
    }
}

// ---------------------------------------------------------------------------------------------
// Price table
// ---------------------------------------------------------------------------------------------

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
            (Column::Provider, l) => pick(l, "厂商", "Provider").to_string(),
            (Column::Service, l) => pick(l, "服务", "Service").to_string(),
            (Column::Sku, l) => pick(l, "规格", "SKU").to_string(),
            (Column::Region, l) => pick(l, "地域", "Region").to_string(),
            (Column::Category, l) => pick(l, "类别", "Category").to_string(),
            (Column::Unit, l) => pick(l, "计价单位", "Unit").to_string(),
            (Column::Price, l) => pick(l, "单价（原币种）", "Unit price (as listed)").to_string(),
            (Column::Converted, Lang::Zh) => format!("单价（{cur}）"),
            (Column::Converted, Lang::En) => format!("Unit price ({cur})"),
            (Column::PerVcpuHour, Lang::Zh) => format!("每 vCPU·小时（{cur}）"),
            (Column::PerVcpuHour, Lang::En) => format!("Per vCPU-hour ({cur})"),
            (Column::PerGibHour, Lang::Zh) => format!("每 GiB·小时（{cur}）"),
            (Column::PerGibHour, Lang::En) => format!("Per GiB-hour ({cur})"),
            (Column::PerGpuHour, Lang::Zh) => format!("每 GPU·小时（{cur}）"),
            (Column::PerGpuHour, Lang::En) => format!("Per GPU-hour ({cur})"),
            (Column::Source, l) => pick(l, "来源", "Source").to_string(),
            (Column::AsOf, l) => pick(l, "日期", "As of").to_string(),
            (Column::Confidence, l) => pick(l, "可信度", "Confidence").to_string(),
            (Column::Status, l) => pick(l, "状态", "Status").to_string(),
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

/// An amount in a cell: known, unknown (shown as "unknown", never 0), or not applicable
/// (a normalised column for a record without the spec, shown empty).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount {
    Known(MoneyRange),
    Unknown,
    NotApplicable,
}

impl Amount {
    pub fn known(self) -> Option<MoneyRange> {
        match self {
            Amount::Known(m) => Some(m),
            _ => None,
        }
    }

    fn map(self, f: impl FnOnce(MoneyRange) -> MoneyRange) -> Amount {
        match self {
            Amount::Known(m) => Amount::Known(f(m)),
            other => other,
        }
    }

    /// "$0.526", "$5.00–$10.00", "unknown" or "".
    pub fn text(self, lang: Lang) -> String {
        match self {
            Amount::Known(m) => format::unit_price_range(m),
            Amount::Unknown => unknown_text(lang).to_string(),
            Amount::NotApplicable => String::new(),
        }
    }

    /// Like [`Amount::text`], for a figure this page worked out (converted at the FX rate, or
    /// divided by a spec): four significant figures, so that a conversion does not pretend to
    /// list precision ("$1.064", "$0.03546", "$118.19").
    pub fn derived_text(self, lang: Lang) -> String {
        match self {
            Amount::Known(m) if m.low == m.high => derived_price(m.low, m.currency),
            Amount::Known(m) => format!(
                "{}–{}",
                derived_price(m.low, m.currency),
                derived_price(m.high, m.currency)
            ),
            other => other.text(lang),
        }
    }

    /// Sort rank: known figures first, then unknown, then not applicable.
    fn rank(self) -> u8 {
        match self {
            Amount::Known(_) => 0,
            Amount::Unknown => 1,
            Amount::NotApplicable => 2,
        }
    }
}

/// Four significant figures, at least two decimals, trailing zeros beyond two dropped:
/// 3.7872 -> "3.787", 0.035458 -> "0.03546", 118.192832 -> "118.19", 0.05 -> "0.05".
pub fn derived_price(x: f64, currency: Currency) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    let a = x.abs();
    let decimals = if a == 0.0 || a >= 100.0 {
        2
    } else {
        // digits before the first significant one, plus four significant ones
        let magnitude = a.log10().floor() as i32;
        (3 - magnitude).clamp(2, 10) as usize
    };
    format::money_trimmed(x, currency, decimals)
}

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
            parts.push(retired_text(d, lang));
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
            Column::Provider => pick_text(lang, &self.provider_name).to_string(),
            Column::Service => self.service.clone(),
            Column::Sku => opt(&self.sku),
            Column::Region => opt(&self.region),
            Column::Category => category_text(self.category, lang).to_string(),
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
            Column::Confidence => confidence_text(self.confidence, lang).to_string(),
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
                Column::Provider => pick_text(lang, &r.provider_name).to_lowercase(),
                Column::Category => category_text(r.category, lang).to_lowercase(),
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

/// Writes `rows` × `columns` as CSV with a header row in `lang`: exactly the cells that
/// [`PriceRow::cell_text`] gives, so the file matches the table on screen.
pub fn price_csv(
    rows: &[PriceRow],
    columns: &[Column],
    lang: Lang,
    currency: Currency,
    unit_word: &dyn Fn(Unit) -> String,
) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(columns.iter().map(|c| c.header(lang, currency)))?;
    for row in rows {
        w.write_record(columns.iter().map(|c| row.cell_text(*c, lang, unit_word)))?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    // every field came from a String, so the bytes are UTF-8
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

// ---------------------------------------------------------------------------------------------
// Performance records
// ---------------------------------------------------------------------------------------------

/// Who or what a performance figure is about, resolved to names.
#[derive(Clone, Debug, PartialEq)]
pub enum SubjectName {
    /// A runtime class or a provider.
    Named(I18nText),
    Route {
        from: I18nText,
        to: I18nText,
    },
    Workload(Workload),
}

impl SubjectName {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            SubjectName::Named(t) => pick_text(lang, t).to_string(),
            SubjectName::Route { from, to } => {
                format!("{} → {}", pick_text(lang, from), pick_text(lang, to))
            }
            SubjectName::Workload(w) => match lang {
                Lang::Zh => format!("种子 {} 的系统", &w.as_str()[1..]),
                Lang::En => format!("seed {} system", &w.as_str()[1..]),
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PerfRow {
    pub id: PerfId,
    pub subject: SubjectName,
    pub metric: Metric,
    pub percentile: Option<Percentile>,
    /// "20–100", "<100", "50+".
    pub value: String,
    pub unit: PerfUnit,
    /// A requirement the seed sets, not a measured figure.
    pub target: bool,
    pub source: String,
    pub source_url: Option<String>,
    pub as_of: Date,
    pub stale: bool,
    pub confidence: Confidence,
    pub note: Option<String>,
}

fn provider_name(providers: &[Provider], id: &ProviderId) -> I18nText {
    providers
        .iter()
        .find(|p| &p.id == id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| I18nText {
            zh: id.to_string(),
            en: id.to_string(),
        })
}

fn subject_name(catalog: &Catalog, subject: &Subject) -> SubjectName {
    match subject {
        Subject::Runtime(id) => SubjectName::Named(
            catalog
                .runtime(id.as_str())
                .map(|r| r.name.clone())
                .unwrap_or_else(|| I18nText {
                    zh: id.as_str().to_string(),
                    en: id.as_str().to_string(),
                }),
        ),
        Subject::Provider(p) => SubjectName::Named(provider_name(&catalog.providers, p)),
        Subject::Route { from, to } => SubjectName::Route {
            from: provider_name(&catalog.providers, from),
            to: provider_name(&catalog.providers, to),
        },
        Subject::Workload(w) => SubjectName::Workload(*w),
    }
}

/// Every performance record in file order, narrowed by `search` (id, subject, metric, note,
/// source; case-insensitive).
pub fn perf_rows(catalog: &Catalog, search: &str, today: Date) -> Vec<PerfRow> {
    let terms = search_terms(search);
    catalog
        .perf
        .iter()
        .map(|r: &PerfRecord| PerfRow {
            id: r.id.clone(),
            subject: subject_name(catalog, &r.subject),
            metric: r.metric,
            percentile: r.percentile,
            value: r.value.to_text(),
            unit: r.unit,
            target: r.target,
            source: r.source.clone(),
            source_url: source_url(&r.source),
            as_of: r.as_of,
            stale: is_stale(r.as_of, today),
            confidence: r.confidence,
            note: r.note.clone(),
        })
        .filter(|row| {
            if terms.is_empty() {
                return true;
            }
            let hay = format!(
                "{}\n{}\n{}\n{}\n{}\n{}",
                row.id,
                row.subject.text(Lang::Zh),
                row.subject.text(Lang::En),
                row.metric.as_str(),
                row.note.as_deref().unwrap_or(""),
                row.source
            )
            .to_lowercase();
            terms.iter().all(|t| hay.contains(t.as_str()))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Provider matrix
// ---------------------------------------------------------------------------------------------

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
