//! The compare page's sentences.

use super::key::{t, Key};
use crate::model::money::MoneyRange;
use crate::model::vocab::Lang;
use crate::report::format;

/// A plan's monthly range as shown: "至少 $120–$180" / "at least $120–$180" when a line's
/// price is unknown (the total is then a lower bound), else the range alone.
pub fn money_text(lang: Lang, r: MoneyRange, lower_bound: bool) -> String {
    let s = format::money_range(r);
    if lower_bound {
        format!("{} {s}", t(lang, Key::AtLeast))
    } else {
        s
    }
}
