//! What the last import did: applied (how many prices), or refused with every problem.

use crate::ui::i18n::tr;
use deploycalc_core::model::custom_prices::{ImportError, Problem};
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::format;
use leptos::prelude::*;

/// The outcome of the last import.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Outcome {
    Applied {
        file: String,
        count: usize,
    },
    Refused {
        file: String,
        errors: Vec<ImportError>,
    },
}

fn number(x: f64) -> String {
    format::number(x, if x.fract() == 0.0 { 0 } else { 2 })
}

fn problem_text(lang: Lang, p: &Problem) -> String {
    file_problem(lang, p).unwrap_or_else(|| record_problem(lang, p))
}

/// What is wrong with the file as a whole, or `None` for a record's problem.
fn file_problem(lang: Lang, p: &Problem) -> Option<String> {
    let zh = lang == Lang::Zh;
    Some(match p {
        Problem::TooLarge { bytes, limit } => {
            let kb = |b: &usize| format::number(*b as f64 / 1024.0, 0);
            if zh {
                format!("文件太大（{} KB），上限 {} KB", kb(bytes), kb(limit))
            } else {
                format!(
                    "file too large ({} KB); the limit is {} KB",
                    kb(bytes),
                    kb(limit)
                )
            }
        }
        Problem::NotJson { line, column } => {
            if zh {
                format!("不是有效的 JSON（第 {line} 行第 {column} 列）")
            } else {
                format!("not valid JSON (line {line}, column {column})")
            }
        }
        Problem::NotAnObject => {
            tr(lang, "应为 JSON 对象 {…}", "should be a JSON object {…}").into()
        }
        Problem::WrongFormat { found } => {
            let f = found.clone().unwrap_or_else(|| "—".into());
            if zh {
                format!("不是自定义价格文件（format 为 {f}，应为 deploycalc-custom-prices）")
            } else {
                format!(
                    "not a custom-prices file (format is {f}; expected deploycalc-custom-prices)"
                )
            }
        }
        Problem::FutureVersion { found } => {
            if zh {
                format!("由更新版本写出（version {found}），请更新本页")
            } else {
                format!("written by a newer version (version {found}); reload the page")
            }
        }
        Problem::BadVersion => tr(
            lang,
            "version 应为正整数",
            "version should be a positive whole number",
        )
        .into(),
        Problem::TooManyRecords { count, limit } => {
            if zh {
                format!("记录太多（{count} 条），上限 {limit} 条")
            } else {
                format!("too many records ({count}); the limit is {limit}")
            }
        }
        _ => return None,
    })
}

/// What is wrong with one record of the file.
fn record_problem(lang: Lang, p: &Problem) -> String {
    let zh = lang == Lang::Zh;
    match p {
        Problem::UnknownField { field } => {
            if zh {
                format!("未知字段 “{field}”")
            } else {
                format!("unknown field \"{field}\"")
            }
        }
        Problem::MissingField { field } => {
            if zh {
                format!("缺少字段 “{field}”")
            } else {
                format!("missing field \"{field}\"")
            }
        }
        Problem::NotAList { field } => {
            if zh {
                format!("“{field}” 应为列表 […]")
            } else {
                format!("\"{field}\" should be a list […]")
            }
        }
        Problem::NotANumber { field } => {
            if zh {
                format!("“{field}” 应为数字")
            } else {
                format!("\"{field}\" should be a number")
            }
        }
        Problem::OutOfRange { field, min, max } => {
            if zh {
                format!("“{field}” 须在 {} 到 {} 之间", number(*min), number(*max))
            } else {
                format!(
                    "\"{field}\" must be between {} and {}",
                    number(*min),
                    number(*max)
                )
            }
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
            if zh {
                format!("币种为 {found}，但这条记录以 {} 计价", expected.as_str())
            } else {
                format!(
                    "currency {found}, but the record is priced in {}",
                    expected.as_str()
                )
            }
        }
        Problem::Duplicate => tr(lang, "重复出现", "appears twice").into(),
        _ => String::new(),
    }
}

/// The outcome of the last import, if any.
#[component]
pub(super) fn OutcomeView(outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let lang = crate::ui::state::AppState::expect().lang;
    move || {
        let lang = lang.get();
        outcome.get().map(|o| match o {
        Outcome::Applied { file, count } => view! {
            <p class="import-ok" role="status" data-testid="overrides-applied">
                {format!(
                    "{} {file}: {count} {}",
                    tr(lang, "已导入", "Imported"),
                    tr(lang, "项自定义价格（替换了之前的）", "custom price(s), replacing the previous ones")
                )}
            </p>
        }
        .into_any(),
        Outcome::Refused { file, errors } => view! {
            <div class="notice error" role="alert" data-testid="overrides-errors">
                <p>
                    {format!(
                        "{file}: {} {} {}",
                        tr(lang, "未导入，什么都没有改变。", "not imported; nothing was changed."),
                        errors.len(),
                        tr(lang, "个问题：", "problem(s):")
                    )}
                </p>
                <ul>
                    {errors
                        .into_iter()
                        .map(|e| {
                            let record = if e.record.is_empty() {
                                tr(lang, "文件", "file").to_string()
                            } else {
                                e.record.clone()
                            };
                            view! {
                                <li data-testid="overrides-error">
                                    <code>{record}</code>
                                    " — "
                                    {problem_text(lang, &e.problem)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
        .into_any(),
    })
    }
}
