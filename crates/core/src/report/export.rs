//! The comparison as files — CSV, JSON and Markdown — with exactly what the page shows: the
//! plans in display order (pinned first, hidden left out), the currencies of the view, ranges,
//! "at least" where a price is unknown, and the lines of the plans whose breakdown is open.
//!
//! [`report`] builds one [`Report`]; the three writers only lay it out. CSV goes through the
//! `csv` crate and JSON through `serde_json`; the words of the page (its language) come from
//! the shell through [`Words`].

use crate::engine::compare::PlanRow;
use crate::engine::estimate::{LineEstimate, LineState, Meets};
use crate::model::catalog::{Catalog, Date, Unit};
use crate::model::custom_prices::{CustomPrices, COMPARISON_FORMAT};
use crate::model::money::{Currency, Fx, MoneyRange};
use crate::model::vocab::{Lang, PlanId, Workload};
use crate::report::format;
use crate::url::URL_VERSION;
use serde::Serialize;
use std::collections::BTreeSet;

/// Version of the export layout; bumped when a field changes meaning.
pub const EXPORT_VERSION: u32 = 1;

/// The words an export uses, in the page's language. The UI implements it with its i18n.
pub trait Words {
    /// "at least", before a total that has an unknown price in it.
    fn at_least(&self) -> &'static str;
    /// Shown where a price is unknown.
    fn unknown(&self) -> &'static str;
    fn unit(&self, unit: Unit) -> &'static str;
    /// A line that does not count as priced: optional and off, or already owned.
    fn line_state(&self, state: LineState) -> Option<&'static str>;
    /// Headings and labels of the Markdown report.
    fn label(&self, label: Label) -> &'static str;
}

/// Labels of the Markdown report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Title,
    Scenario,
    CatalogAsOf,
    ExportedOn,
    FxRate,
    Plan,
    Monthly,
    Yearly,
    PerUser,
    Latency,
    Lines,
    Item,
    Quantity,
    UnitPrice,
    Subtotal,
    Source,
}

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

fn amount(r: MoneyRange, lower_bound: bool, words: &dyn Words) -> Amount {
    let shown = format::money_range(r);
    Amount {
        currency: r.currency,
        low: clean(r.low),
        high: clean(r.high),
        lower_bound,
        text: if lower_bound {
            format!("{} {shown}", words.at_least())
        } else {
            shown
        },
    }
}

fn pick(lang: Lang, t: &crate::model::vocab::I18nText) -> String {
    match lang {
        Lang::Zh => t.zh.clone(),
        Lang::En => t.en.clone(),
    }
}

/// The name serde gives a unit enum variant (e.g. `LineState::Owned` -> `owned`), so that the
/// CSV spells it as the JSON does.
fn serde_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn line_report(
    row: &PlanRow,
    l: &LineEstimate,
    primary: Currency,
    fx: Fx,
    lang: Lang,
    words: &dyn Words,
) -> LineReport {
    let item = row
        .plan
        .lines
        .get(l.index)
        .map(|t| pick(lang, &t.label))
        .unwrap_or_default();
    let subtotal = l.subtotal.map(|s| amount(s.to(primary, fx), false, words));
    LineReport {
        item,
        price_id: l.price_id.0.clone(),
        state: l.state,
        quantity: Span {
            low: clean(l.quantity.low),
            high: clean(l.quantity.high),
        },
        unit: l.unit.as_str(),
        unit_text: words.unit(l.unit),
        unit_price: l.unit_price.map(|u| UnitPrice {
            currency: u.currency,
            low: clean(u.low),
            high: clean(u.high),
            text: format::unit_price_range(u),
        }),
        subtotal_text: subtotal
            .as_ref()
            .map(|a| a.text.clone())
            .unwrap_or_else(|| words.unknown().to_string()),
        subtotal,
        confidence: l.confidence.as_str(),
        source: l.source.clone(),
        as_of: l.as_of.to_string(),
    }
}

/// Builds the report of `rows` (already in display order, hidden plans left out).
pub fn report(rows: &[&PlanRow], view: &View<'_>, catalog: &Catalog, words: &dyn Words) -> Report {
    let primary = view.currencies.first().copied().unwrap_or(Currency::Usd);
    let plans = rows
        .iter()
        .map(|r| {
            let e = &r.estimate;
            let lb = e.is_lower_bound();
            PlanReport {
                id: r.plan.id.0.clone(),
                name: pick(view.lang, &r.plan.name),
                monthly: view
                    .currencies
                    .iter()
                    .map(|&c| amount(e.monthly(c), lb, words))
                    .collect(),
                yearly: amount(e.yearly(primary), lb, words),
                per_user: e
                    .per_user(primary, view.users)
                    .map(|p| amount(p, false, words)),
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
                        .map(|l| line_report(r, l, primary, view.fx, view.lang, words))
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
    }
}

/// Which export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Markdown,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Markdown => "md",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json",
            Format::Markdown => "text/markdown;charset=utf-8",
        }
    }
}

/// `deploycalc-s000-2026-11-22.csv`: the workload and the date of the export.
pub fn file_name(workload: Workload, today: Date, format: Format) -> String {
    format!(
        "deploycalc-{}-{}.{}",
        workload.as_str(),
        today,
        format.extension()
    )
}

/// Columns of the CSV, one header row.
pub const CSV_HEADER: [&str; 16] = [
    "plan_id",
    "plan",
    "row",
    "item",
    "price_id",
    "state",
    "quantity_low",
    "quantity_high",
    "unit",
    "unit_price_low",
    "unit_price_high",
    "unit_price_currency",
    "currency",
    "low",
    "high",
    "shown",
];

fn num(x: f64) -> String {
    format!("{x}")
}

/// One row per plan and currency for the monthly total (`row` = `monthly`), then `yearly` and
/// `per_user` in the primary currency, then (for open breakdowns) one `line` row per line with
/// its subtotal in the primary currency. `shown` is the text on the page.
pub fn to_csv(r: &Report) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_HEADER)?;
    for p in &r.plans {
        let total = |w: &mut csv::Writer<Vec<u8>>, kind: &str, a: &Amount| {
            w.write_record([
                p.id.as_str(),
                p.name.as_str(),
                kind,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                a.currency.as_str(),
                &num(a.low),
                &num(a.high),
                a.text.as_str(),
            ])
        };
        for a in &p.monthly {
            total(&mut w, "monthly", a)?;
        }
        total(&mut w, "yearly", &p.yearly)?;
        if let Some(a) = &p.per_user {
            total(&mut w, "per_user", a)?;
        }
        for l in p.lines.iter().flatten() {
            let (up_low, up_high, up_cur) = match &l.unit_price {
                Some(u) => (num(u.low), num(u.high), u.currency.as_str()),
                None => (String::new(), String::new(), ""),
            };
            let (cur, low, high) = match &l.subtotal {
                Some(a) => (a.currency.as_str(), num(a.low), num(a.high)),
                None => ("", String::new(), String::new()),
            };
            w.write_record([
                p.id.as_str(),
                p.name.as_str(),
                "line",
                l.item.as_str(),
                l.price_id.as_str(),
                &serde_name(&l.state),
                &num(l.quantity.low),
                &num(l.quantity.high),
                l.unit,
                &up_low,
                &up_high,
                up_cur,
                cur,
                &low,
                &high,
                l.subtotal_text.as_str(),
            ])?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The report as pretty-printed JSON.
pub fn to_json(r: &Report) -> String {
    let mut s = serde_json::to_string_pretty(r).unwrap_or_default();
    s.push('\n');
    s
}

/// A Markdown table cell: the text with the characters that would end the cell or the row
/// (`|`, line breaks) and Markdown's own emphasis marks made literal.
pub fn md_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn ms(x: f64) -> String {
    if x >= 1000.0 {
        format!("{} s", format::number(x / 1000.0, 2))
    } else {
        format!("{} ms", format::number(x, 0))
    }
}

fn quantity_text(s: &Span) -> String {
    let digits = |x: f64| if x.fract() == 0.0 { 0 } else { 2 };
    if s.low == s.high {
        format::number(s.low, digits(s.low))
    } else {
        format!(
            "{}–{}",
            format::number(s.low, digits(s.low)),
            format::number(s.high, digits(s.high))
        )
    }
}

/// A report for people: the scenario link, the plans side by side, then each open breakdown.
pub fn to_markdown(r: &Report, words: &dyn Words) -> String {
    use std::fmt::Write;
    let w = |l| words.label(l);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", w(Label::Title));
    let _ = writeln!(out, "- {}: <{}>", w(Label::Scenario), r.url);
    let _ = writeln!(out, "- {}: {}", w(Label::CatalogAsOf), r.catalog_as_of);
    let _ = writeln!(out, "- {}: {}", w(Label::ExportedOn), r.exported_on);
    let _ = writeln!(
        out,
        "- {}: {} CNY/USD\n",
        w(Label::FxRate),
        format::number(r.fx_cny_per_usd, 4)
    );
    let mut head = vec![w(Label::Plan).to_string()];
    for c in &r.currencies {
        head.push(format!("{} ({})", w(Label::Monthly), c.as_str()));
    }
    head.push(w(Label::Yearly).to_string());
    head.push(w(Label::PerUser).to_string());
    head.push(w(Label::Latency).to_string());
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let _ = writeln!(
        out,
        "|{}",
        head.iter()
            .enumerate()
            .map(|(i, _)| if i == 0 { " --- |" } else { " ---: |" })
            .collect::<String>()
    );
    for p in &r.plans {
        let mut cells = vec![md_cell(&p.name)];
        cells.extend(p.monthly.iter().map(|a| md_cell(&a.text)));
        cells.push(md_cell(&p.yearly.text));
        cells.push(
            p.per_user
                .as_ref()
                .map(|a| md_cell(&a.text))
                .unwrap_or_else(|| "—".into()),
        );
        cells.push(
            p.latency
                .as_ref()
                .map(|l| {
                    if l.low_ms == l.high_ms {
                        ms(l.low_ms)
                    } else {
                        format!("{}–{}", ms(l.low_ms), ms(l.high_ms))
                    }
                })
                .unwrap_or_else(|| "—".into()),
        );
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    for p in &r.plans {
        let Some(lines) = &p.lines else { continue };
        let _ = writeln!(out, "\n## {} — {}\n", md_cell(&p.name), w(Label::Lines));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            w(Label::Item),
            w(Label::Quantity),
            w(Label::UnitPrice),
            w(Label::Subtotal),
            w(Label::Source)
        );
        let _ = writeln!(out, "| --- | ---: | ---: | ---: | --- |");
        for l in lines {
            let item = match words.line_state(l.state) {
                Some(tag) => format!("{} ({tag})", l.item),
                None => l.item.clone(),
            };
            let unit_price = l
                .unit_price
                .as_ref()
                .map(|u| format!("{} / {}", u.text, l.unit_text))
                .unwrap_or_else(|| words.unknown().to_string());
            let _ = writeln!(
                out,
                "| {} | {} {} | {} | {} | {} {} |",
                md_cell(&item),
                quantity_text(&l.quantity),
                md_cell(l.unit_text),
                md_cell(&unit_price),
                md_cell(&l.subtotal_text),
                md_cell(&l.source),
                l.as_of
            );
        }
    }
    out
}

/// The message an embedded page posts to its host page whenever its content height changes:
/// `{ "type": "deploycalc:height", "height": 1234 }` (CSS pixels, a whole number).
pub const EMBED_MESSAGE_TYPE: &str = "deploycalc:height";

/// The host page's half of the embed code: a script that sizes every iframe showing
/// DeployCalc from `origin` to the height the page reports. Messages from any other origin,
/// or of any other shape, are ignored.
pub fn host_script(origin: &str) -> String {
    // JSON string literals are JavaScript string literals
    let origin = serde_json::to_string(origin).unwrap_or_else(|_| "\"\"".into());
    let kind = serde_json::to_string(EMBED_MESSAGE_TYPE).unwrap_or_default();
    format!(
        r#"<script>
addEventListener("message", function (e) {{
  var d = e.data;
  if (e.origin !== {origin} || !d || d.type !== {kind} || typeof d.height !== "number") return;
  document.querySelectorAll("iframe").forEach(function (f) {{
    if (f.contentWindow === e.source) f.style.height = d.height + "px";
  }});
}});
</script>"#
    )
}
