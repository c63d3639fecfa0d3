//! The share bar's, header's and custom-prices import's sentences.

use super::catalog::unit_text;
use super::compare::catalog_word;
use super::key::{t, Key};
use super::tr;
use crate::model::catalog::Unit;
use crate::model::custom_prices::Problem;
use crate::model::money::{Currency, MoneyRange, Range};
use crate::model::vocab::Lang;
use crate::report::format;
use crate::url::Page;

/// A page's tab name in the header: 方案对比 / Compare, …
pub fn page_text(lang: Lang, page: Page) -> &'static str {
    match page {
        Page::Compare => tr(lang, "方案对比", "Compare"),
        Page::Decide => tr(lang, "决策向导", "Decide"),
        Page::Catalog => tr(lang, "价格目录", "Catalog"),
    }
}

/// The product name in the other language, after the name itself: " DeployCalc" after
/// 部署方案计算器, " · 部署方案计算器" after DeployCalc.
pub fn brand_alt(lang: Lang) -> &'static str {
    tr(lang, " DeployCalc", " · 部署方案计算器")
}

/// The accessible name of the page tabs.
pub fn pages_label(lang: Lang) -> &'static str {
    tr(lang, "页面", "Pages")
}

/// The footer's privacy note.
pub fn footer_note(lang: Lang) -> &'static str {
    tr(
        lang,
        "DeployCalc · 所有计算都在本页完成，不发送任何请求",
        "DeployCalc · everything is computed in this page; nothing is sent anywhere",
    )
}

/// "已导入 prices.json: 3 项自定义价格（替换了之前的）" / "Imported prices.json: 3 custom
/// price(s), replacing the previous ones".
pub fn import_applied(lang: Lang, file: &str, count: usize) -> String {
    match lang {
        Lang::Zh => format!("已导入 {file}: {count} 项自定义价格（替换了之前的）"),
        Lang::En => {
            format!("Imported {file}: {count} custom price(s), replacing the previous ones")
        }
    }
}

/// "prices.json: 未导入，什么都没有改变。 2 个问题：" / "prices.json: not imported; nothing
/// was changed. 2 problem(s):".
pub fn import_refused(lang: Lang, file: &str, problems: usize) -> String {
    match lang {
        Lang::Zh => format!("{file}: 未导入，什么都没有改变。 {problems} 个问题："),
        Lang::En => format!("{file}: not imported; nothing was changed. {problems} problem(s):"),
    }
}

/// The place of a problem that concerns the whole file rather than one record.
pub fn import_file_word(lang: Lang) -> &'static str {
    tr(lang, "文件", "file")
}

/// What is wrong with an imported custom-prices file or one of its records.
pub fn problem_text(lang: Lang, p: &Problem) -> String {
    file_problem(lang, p).unwrap_or_else(|| record_problem(lang, p))
}

/// What is wrong with the file as a whole, or `None` for a record's problem.
fn file_problem(lang: Lang, p: &Problem) -> Option<String> {
    let zh = |s: String, e: String| match lang {
        Lang::Zh => s,
        Lang::En => e,
    };
    Some(match p {
        Problem::TooLarge { bytes, limit } => {
            let (b, l) = (kb(*bytes), kb(*limit));
            zh(
                format!("文件太大（{b} KB），上限 {l} KB"),
                format!("file too large ({b} KB); the limit is {l} KB"),
            )
        }
        Problem::NotJson { line, column } => zh(
            format!("不是有效的 JSON（第 {line} 行第 {column} 列）"),
            format!("not valid JSON (line {line}, column {column})"),
        ),
        Problem::NotAnObject => {
            tr(lang, "应为 JSON 对象 {…}", "should be a JSON object {…}").into()
        }
        Problem::WrongFormat { found } => {
            let f = found.as_deref().unwrap_or("—");
            zh(
                format!("不是自定义价格文件（format 为 {f}，应为 deploycalc-custom-prices）"),
                format!(
                    "not a custom-prices file (format is {f}; expected deploycalc-custom-prices)"
                ),
            )
        }
        Problem::FutureVersion { found } => zh(
            format!("由更新版本写出（version {found}），请更新本页"),
            format!("written by a newer version (version {found}); reload the page"),
        ),
        Problem::BadVersion => tr(
            lang,
            "version 应为正整数",
            "version should be a positive whole number",
        )
        .into(),
        Problem::TooManyRecords { count, limit } => zh(
            format!("记录太多（{count} 条），上限 {limit} 条"),
            format!("too many records ({count}); the limit is {limit}"),
        ),
        _ => return None,
    })
}

/// Whole kilobytes of a byte count.
fn kb(bytes: usize) -> String {
    format::number(bytes as f64 / 1024.0, 0)
}

/// What is wrong with one record of the file.
fn record_problem(lang: Lang, p: &Problem) -> String {
    let zh = |s: String, e: String| match lang {
        Lang::Zh => s,
        Lang::En => e,
    };
    match p {
        Problem::UnknownField { field } => zh(
            format!("未知字段 “{field}”"),
            format!("unknown field \"{field}\""),
        ),
        Problem::MissingField { field } => zh(
            format!("缺少字段 “{field}”"),
            format!("missing field \"{field}\""),
        ),
        Problem::NotAList { field } => zh(
            format!("“{field}” 应为列表 […]"),
            format!("\"{field}\" should be a list […]"),
        ),
        Problem::NotANumber { field } => zh(
            format!("“{field}” 应为数字"),
            format!("\"{field}\" should be a number"),
        ),
        Problem::OutOfRange { field, min, max } => {
            let (lo, hi) = (format::amount_smart(*min), format::amount_smart(*max));
            zh(
                format!("“{field}” 须在 {lo} 到 {hi} 之间"),
                format!("\"{field}\" must be between {lo} and {hi}"),
            )
        }
        Problem::UnknownProvider => tr(
            lang,
            "目录中没有这个服务商",
            "no such provider in the catalog",
        )
        .into(),
        Problem::UnknownPrice => tr(
            lang,
            "目录中没有这条价格记录",
            "no such price record in the catalog",
        )
        .into(),
        Problem::CurrencyMismatch { expected, found } => {
            let e = expected.as_str();
            zh(
                format!("币种为 {found}，但这条记录以 {e} 计价"),
                format!("currency {found}, but the record is priced in {e}"),
            )
        }
        Problem::Duplicate => tr(lang, "重复出现", "appears twice").into(),
        _ => String::new(),
    }
}

/// A record's catalog price beside its custom-price editor: "catalog $0.526 / hour", or
/// "catalog unknown (USD) / hour" when the catalog has no price.
pub fn catalog_price_text(
    lang: Lang,
    price: Option<Range<f64>>,
    currency: Currency,
    unit: Unit,
) -> String {
    let price = match price {
        Some(p) => format::unit_price_range(MoneyRange::new(p, currency)),
        None => format!("{} ({})", t(lang, Key::Unknown), currency.as_str()),
    };
    format!("{} {price} / {}", catalog_word(lang), unit_text(lang, unit))
}
