//! The price table as CSV.

use super::{Column, PriceRow};
use crate::model::catalog::Unit;
use crate::model::money::Currency;
use crate::model::vocab::Lang;

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
