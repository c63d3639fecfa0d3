//! The report as CSV, through the `csv` crate: one row per plan and currency, then lines.

use super::{Amount, Report};
use serde::Serialize;

/// The name serde gives a unit enum variant (e.g. `LineState::Owned` -> `owned`), so that the
/// CSV spells it as the JSON does.
fn serde_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
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
    for row in r.sizing.iter().flat_map(|z| z.csv_rows()) {
        w.write_record(&row)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
