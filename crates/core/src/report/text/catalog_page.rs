//! The catalog browser's sentences, with their numbers as typed arguments.

use crate::model::catalog::Date;
use crate::report::format;
use crate::url::Lang;

/// How many price records the filters keep: "显示 3 条，共 120 条记录" / "3 of 120 records".
pub fn record_count(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("显示 {shown} 条，共 {total} 条记录"),
        Lang::En => format!("{shown} of {total} records"),
    }
}

/// The page's introduction: every record has a source and date; the catalog's date and the
/// exchange rate (four decimals) used to convert.
pub fn catalog_intro(lang: Lang, as_of: Date, fx_rate: f64) -> String {
    let rate = format::number(fx_rate, 4);
    match lang {
        Lang::Zh => format!(
            "目录中每条价格、性能数据和厂商信息都注明来源和日期。目录日期 {as_of}；换算汇率 1 美元 = {rate} 元（可在方案对比页修改）。"
        ),
        Lang::En => format!(
            "Every price, performance figure and provider fact, with its source and date. Catalog as of {as_of}; converted at 1 USD = {rate} CNY (change it on the Compare page)."
        ),
    }
}
