//! Builds the one [`Report`] every writer lays out: plans in display order, amounts in the
//! view's currencies, and the lines of the open breakdowns.

use super::EXPORT_VERSION;
use crate::engine::compare::PlanRow;
use crate::engine::estimate::staff::StaffLine;
use crate::engine::estimate::{LineEstimate, LineState, Meets};
use crate::model::catalog::{Catalog, Date, Unit};
use crate::model::custom_prices::{CustomPrices, COMPARISON_FORMAT};
use crate::model::money::{Currency, Fx, MoneyRange};
use crate::model::vocab::{Lang, PlanId, Workload};
use crate::report::{format, text};
use crate::url::URL_VERSION;
use serde::Serialize;
use std::collections::BTreeSet;

/// An amount as shown: the figures and the text of the page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Amount {
    pub currency: Currency,
    pub low: f64,
    pub high: f64,
    /// An unknown price makes this a lower bound ("at least").
    pub lower_bound: bool,
    /// The text on the page, e.g. "$392.98–$397.98" or "at least ¥70.00".
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Span {
    pub low: f64,
    pub high: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Latency {
    pub low_ms: f64,
    pub high_ms: f64,
    pub target_ms: f64,
    /// `yes`, `maybe` or `no`.
    pub meets: Meets,
}

/// One line of an open breakdown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LineReport {
    pub item: String,
    pub price_id: String,
    /// `counted`, `excluded` (optional, off) or `owned` (counts 0).
    pub state: LineState,
    pub quantity: Span,
    pub unit: &'static str,
    /// The unit the page shows, in its language.
    pub unit_text: &'static str,
    /// Unit price paid, in the record's currency; `None` when unknown.
    pub unit_price: Option<UnitPrice>,
    /// Monthly subtotal in the view's primary currency; `None` when unknown.
    pub subtotal: Option<Amount>,
    /// What the subtotal cell shows (the amount, or "unknown").
    pub subtotal_text: String,
    pub confidence: &'static str,
    pub source: String,
    pub as_of: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitPrice {
    pub currency: Currency,
    pub low: f64,
    pub high: f64,
    /// e.g. "$0.526"
    pub text: String,
}

/// One plan column.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanReport {
    pub id: String,
    pub name: String,
    /// One per currency of the view, primary first.
    pub monthly: Vec<Amount>,
    /// In the primary currency.
    pub yearly: Amount,
    /// Monthly cost per active user, in the primary currency; `None` without users.
    pub per_user: Option<Amount>,
    pub latency: Option<Latency>,
    pub privacy: Option<u8>,
    /// Mean operations effort, 1 (easy) … 5 (hard).
    pub ops_effort: Option<f64>,
    /// Lines of the breakdown, when it is open on the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<LineReport>>,
}

/// Everything an export contains.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub format: &'static str,
    pub version: u32,
    pub url_version: u32,
    pub app_version: &'static str,
    /// The scenario's link: opening it restores the whole comparison.
    pub url: String,
    pub workload: &'static str,
    pub lang: &'static str,
    pub catalog_as_of: String,
    pub exported_on: String,
    pub currencies: Vec<Currency>,
    pub fx_cny_per_usd: f64,
    pub users: f64,
    pub plans: Vec<PlanReport>,
    /// The scenario's discounts and price overrides in the custom-prices file format, so the
    /// export imports as custom prices too.
    pub custom_prices: serde_json::Value,
    /// The sizing panel's inputs and results, when the caller adds them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sizing: Option<super::SizingReport>,
}

/// What the page shows besides the rows.
pub struct View<'a> {
    pub lang: Lang,
    /// The scenario's absolute URL (without `embed=1`).
    pub url: &'a str,
    pub workload: Workload,
    pub currencies: &'a [Currency],
    pub fx: Fx,
    pub users: f64,
    /// Plans whose breakdown is open.
    pub expanded: &'a BTreeSet<PlanId>,
    pub custom: &'a CustomPrices,
    pub today: Date,
}

/// Rounds away float noise (0.1 + 0.2) without touching any figure the page shows: values
/// keep ten significant decimals.
fn clean(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    let r = (x * 1e10).round() / 1e10;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

fn amount(r: MoneyRange, lower_bound: bool, lang: Lang) -> Amount {
    let shown = format::money_range(r);
    Amount {
        currency: r.currency,
        low: clean(r.low),
        high: clean(r.high),
        lower_bound,
        text: if lower_bound {
            format!("{} {shown}", text::t(lang, text::Key::AtLeast))
        } else {
            shown
        },
    }
}

/// The staff-time line as an exported line: the share of an engineer in months of one.
fn staff_report(st: &StaffLine, primary: Currency, fx: Fx, lang: Lang) -> LineReport {
    let subtotal = amount(st.subtotal.to(primary, fx), false, lang);
    LineReport {
        item: text::staff_line_text(lang, st),
        price_id: st
            .record
            .as_ref()
            .map_or_else(|| "staff-typed".to_string(), |r| r.as_str().to_string()),
        state: LineState::Counted,
        quantity: Span {
            low: clean(st.fraction),
            high: clean(st.fraction),
        },
        unit: Unit::Month.as_str(),
        unit_text: text::unit_text(lang, Unit::Month),
        unit_price: Some(UnitPrice {
            currency: st.per_engineer.currency,
            low: clean(st.per_engineer.low),
            high: clean(st.per_engineer.high),
            text: format::unit_price_range(st.per_engineer),
        }),
        subtotal_text: subtotal.text.clone(),
        subtotal: Some(subtotal),
        confidence: st.confidence.as_str(),
        source: st.source.clone(),
        as_of: st.as_of.map(|d| d.to_string()).unwrap_or_default(),
    }
}

fn line_report(
    row: &PlanRow,
    l: &LineEstimate,
    primary: Currency,
    fx: Fx,
    lang: Lang,
) -> LineReport {
    let item = row
        .plan
        .lines
        .get(l.index)
        .map(|t| text::pick(lang, &t.label).to_string())
        .unwrap_or_default();
    let subtotal = l.subtotal.map(|s| amount(s.to(primary, fx), false, lang));
    LineReport {
        item,
        price_id: l.price_id.0.clone(),
        state: l.state,
        quantity: Span {
            low: clean(l.quantity.low),
            high: clean(l.quantity.high),
        },
        unit: l.unit.as_str(),
        unit_text: text::unit_text(lang, l.unit),
        unit_price: l.unit_price.map(|u| UnitPrice {
            currency: u.currency,
            low: clean(u.low),
            high: clean(u.high),
            text: format::unit_price_range(u),
        }),
        subtotal_text: subtotal
            .as_ref()
            .map(|a| a.text.clone())
            .unwrap_or_else(|| text::t(lang, text::Key::Unknown).to_string()),
        subtotal,
        confidence: l.confidence.as_str(),
        source: l.source.clone(),
        as_of: l.as_of.to_string(),
    }
}

/// Builds the report of `rows` (already in display order, hidden plans left out).
pub fn report(rows: &[&PlanRow], view: &View<'_>, catalog: &Catalog) -> Report {
    let primary = view.currencies.first().copied().unwrap_or(Currency::Usd);
    let plans = rows
        .iter()
        .map(|r| {
            let e = &r.estimate;
            let lb = e.is_lower_bound();
            PlanReport {
                id: r.plan.id.0.clone(),
                name: text::pick(view.lang, &r.plan.name).to_string(),
                monthly: view
                    .currencies
                    .iter()
                    .map(|&c| amount(e.monthly(c), lb, view.lang))
                    .collect(),
                yearly: amount(e.yearly(primary), lb, view.lang),
                per_user: e
                    .per_user(primary, view.users)
                    .map(|p| amount(p, false, view.lang)),
                latency: e.latency.as_ref().map(|l| Latency {
                    low_ms: clean(l.total_ms.low),
                    high_ms: clean(l.total_ms.high),
                    target_ms: l.target_ms,
                    meets: l.meets,
                }),
                privacy: r.plan.privacy.as_ref().map(|p| p.rating),
                ops_effort: r.plan.ops.as_ref().and_then(|o| o.mean()).map(clean),
                lines: view.expanded.contains(r.plan.id.as_str()).then(|| {
                    e.lines
                        .iter()
                        .map(|l| line_report(r, l, primary, view.fx, view.lang))
                        .chain(
                            e.staff
                                .as_ref()
                                .map(|st| staff_report(st, primary, view.fx, view.lang)),
                        )
                        .collect()
                }),
            }
        })
        .collect();
    Report {
        format: COMPARISON_FORMAT,
        version: EXPORT_VERSION,
        url_version: URL_VERSION,
        app_version: env!("CARGO_PKG_VERSION"),
        url: view.url.to_string(),
        workload: view.workload.as_str(),
        lang: view.lang.as_str(),
        catalog_as_of: catalog.meta.as_of.to_string(),
        exported_on: view.today.to_string(),
        currencies: view.currencies.to_vec(),
        fx_cny_per_usd: view.fx.cny_per_usd,
        users: view.users,
        plans,
        custom_prices: view.custom.to_value(catalog),
        sizing: None,
    }
}
