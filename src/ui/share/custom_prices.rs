//! Custom prices: a negotiated discount per provider and an own unit price per record, kept in
//! the URL (`d.<provider>`, `p.<price-id>`) and imported / exported as a JSON file (checked as
//! a whole by `deploycalc_core::model::custom_prices`: all or nothing).

use crate::ui::i18n::{pick, reject_text, t, tr, unit_text, Key};
use crate::ui::pages::compare::table::CompareModel;
use crate::ui::share::export::{download, today};
use crate::ui::state::AppState;
use deploycalc_core::model::custom_prices::{
    import, CustomPrices, ImportError, Problem, MAX_BYTES,
};
use deploycalc_core::model::money::MoneyRange;
use deploycalc_core::model::scenario::{parse_bounded, Reject, DISCOUNT_BOUNDS, OVERRIDE_BOUNDS};
use deploycalc_core::model::vocab::{Lang, ProviderId};
use deploycalc_core::report::format;
use leptos::prelude::*;
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;

/// The outcome of the last import.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
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
    let zh = lang == Lang::Zh;
    match p {
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
        Problem::TooManyRecords { count, limit } => {
            if zh {
                format!("记录太多（{count} 条），上限 {limit} 条")
            } else {
                format!("too many records ({count}); the limit is {limit}")
            }
        }
    }
}

/// Which custom price an input sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Discount,
    Override,
}

/// One input: empty means "none"; invalid text is explained and not applied.
#[component]
fn CustomInput(
    kind: Kind,
    key: String,
    /// What the input sets: a provider's name, or a price record's id.
    #[prop(into)]
    label: Signal<String>,
    /// Below the label: the catalog's price, for an override.
    #[prop(optional, into)]
    note: Option<Signal<String>>,
    #[prop(into)] placeholder: String,
) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let k = key.clone();
    let current = Memo::new(move |_| {
        st.scenario.with(|s| match kind {
            Kind::Discount => s.discounts.get(k.as_str()).copied(),
            Kind::Override => s.overrides.get(k.as_str()).copied(),
        })
    });
    // the rejected text's reason, with the value it was typed over: a change from elsewhere
    // (an import, "clear all", back/forward) shows the new value and drops the message
    let rejected: RwSignal<Option<(Option<f64>, Reject)>> = RwSignal::new(None);
    let error = move || {
        rejected
            .get()
            .filter(|(base, _)| *base == current.get())
            .map(|(_, r)| r)
    };
    let (prefix, bounds) = match kind {
        Kind::Discount => ("discount", DISCOUNT_BOUNDS),
        Kind::Override => ("override", OVERRIDE_BOUNDS),
    };
    let id = format!("{prefix}-{key}");
    let err_id = format!("{id}-error");
    let on_change = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let value = if text.trim().is_empty() {
            Ok(None)
        } else {
            parse_bounded(&text, bounds, false).map(Some)
        };
        match value {
            Err(r) => rejected.set(Some((current.get_untracked(), r))),
            Ok(v) => {
                rejected.set(None);
                let key = key.clone();
                st.commit(false, move |u| {
                    let s = &mut u.scenario;
                    match (kind, v) {
                        (Kind::Discount, Some(v)) => s.discounts.insert(key.into(), v),
                        (Kind::Discount, None) => s.discounts.remove(key.as_str()),
                        (Kind::Override, Some(v)) => s.overrides.insert(key.into(), v),
                        (Kind::Override, None) => s.overrides.remove(key.as_str()),
                    };
                });
            }
        }
    };
    view! {
        <div class="custom-price">
            <span class="custom-label">
                <label for=id.clone()>{move || label.get()}</label>
                {note.map(|n| view! { <span class="custom-note">{move || n.get()}</span> })}
            </span>
            <input
                id=id.clone()
                data-testid=id.clone()
                type="text"
                inputmode="decimal"
                autocomplete="off"
                placeholder=placeholder
                prop:value=move || current.get().map(|v| format!("{v}")).unwrap_or_default()
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=err_id.clone()
                on:change=on_change
            />
            <span class="field-error" id=err_id aria-live="polite">
                {move || error().map(|r| reject_text(lang.get(), &r))}
            </span>
        </div>
    }
}

/// The editors: one discount per provider and one price per record of the workload's plans.
#[component]
fn Editors(model: Memo<Option<CompareModel>>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let Ok(catalog) = st.catalog.as_ref() else {
        return ().into_any();
    };
    // the records and providers of every plan of the workload (hidden ones too)
    let records = Memo::new(move |_| {
        model.with(|m| {
            let mut ids: BTreeSet<(String, String)> = BTreeSet::new();
            for r in m.iter().flat_map(|m| &m.rows) {
                for l in &r.estimate.lines {
                    if let Some(rec) = catalog.price(&l.price_id) {
                        ids.insert((rec.provider.0.clone(), rec.id.0.clone()));
                    }
                }
            }
            ids.into_iter().collect::<Vec<_>>()
        })
    });
    let providers = Memo::new(move |_| {
        records.with(|r| {
            r.iter()
                .map(|(p, _)| p.clone())
                .collect::<BTreeSet<String>>()
                .into_iter()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="custom-editors">
            <fieldset class="custom-group">
                <legend>{move || tr(lang.get(), "服务商折扣（%）", "Provider discount (%)")}</legend>
                <For each=move || providers.get() key=|p| p.clone() let:p>
                    {
                        let provider = catalog.provider(&ProviderId::new(p.clone()));
                        let id = p.clone();
                        let name = Signal::derive(move || {
                            provider
                                .map(|pr| pick(lang.get(), &pr.name).to_string())
                                .unwrap_or_else(|| id.clone())
                        });
                        view! { <CustomInput kind=Kind::Discount key=p label=name placeholder="0" /> }
                    }
                </For>
            </fieldset>
            <fieldset class="custom-group">
                <legend>{move || tr(lang.get(), "自定义单价（记录自身的币种）", "Your unit price (in the record's currency)")}</legend>
                <For each=move || records.get() key=|r| r.1.clone() let:r>
                    {
                        let rec = catalog.price_by_str(&r.1);
                        let note = Signal::derive(move || {
                            let lang = lang.get();
                            rec.map(|rec| {
                                let price = match rec.price {
                                    Some(p) => format::unit_price_range(MoneyRange::new(p.range(), rec.currency)),
                                    None => format!("{} ({})", t(lang, Key::Unknown), rec.currency.as_str()),
                                };
                                format!("{} {price} / {}", tr(lang, "目录价", "catalog"), unit_text(lang, rec.unit))
                            })
                            .unwrap_or_default()
                        });
                        let placeholder = rec
                            .and_then(|rec| rec.price)
                            .map(|p| format!("{}", p.range().low))
                            .unwrap_or_default();
                        view! {
                            <CustomInput kind=Kind::Override key=r.1.clone() label=r.1 note=note placeholder=placeholder />
                        }
                    }
                </For>
            </fieldset>
        </div>
    }
    .into_any()
}

/// The "Custom prices" panel: editors, and the JSON file import / export.
#[component]
pub fn PricesPanel(model: Memo<Option<CompareModel>>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let open = RwSignal::new(false);
    let count = Memo::new(move |_| st.scenario.with(|s| s.discounts.len() + s.overrides.len()));
    let outcome: RwSignal<Option<Outcome>> = RwSignal::new(None);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // the same file may be chosen again after a fix
        input.set_value("");
        let name = file.name();
        let size = file.size() as usize;
        if size > MAX_BYTES {
            // refused without reading it
            outcome.set(Some(Outcome::Refused {
                file: name,
                errors: vec![ImportError {
                    record: String::new(),
                    problem: Problem::TooLarge {
                        bytes: size,
                        limit: MAX_BYTES,
                    },
                }],
            }));
            return;
        }
        read_text(&file, move |text| {
            let Ok(catalog) = st.catalog.as_ref() else {
                return;
            };
            match import(&text, catalog) {
                Ok(prices) => {
                    let count = prices.len();
                    st.commit(true, move |u| prices.apply_to(&mut u.scenario));
                    outcome.set(Some(Outcome::Applied { file: name, count }));
                }
                Err(errors) => outcome.set(Some(Outcome::Refused { file: name, errors })),
            }
        });
    };
    let on_export = move |_| {
        let Ok(catalog) = st.catalog.as_ref() else {
            return;
        };
        let prices = st.scenario.with_untracked(CustomPrices::from_scenario);
        let date = today().unwrap_or(catalog.meta.as_of);
        download(
            &format!("deploycalc-custom-prices-{date}.json"),
            "application/json",
            &prices.to_json(catalog),
        );
    };
    let on_clear = move |_| {
        outcome.set(None);
        st.commit(true, |u| CustomPrices::default().apply_to(&mut u.scenario));
    };
    let outcome_view = move || {
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
    };
    view! {
        <details
            class="prices-panel"
            data-testid="prices-panel"
            on:toggle=move |ev| {
                if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                    open.set(el.has_attribute("open"));
                }
            }
        >
            <summary>
                {move || tr(lang.get(), "自定义价格（协议价、折扣）", "Custom prices (negotiated prices, discounts)")}
                {move || (count.get() > 0).then(|| view! {
                    <span class="count" data-testid="custom-count">{count.get()}</span>
                })}
            </summary>
            <p class="field-help">
                {move || tr(
                    lang.get(),
                    "折扣按服务商打折扣；自定义单价直接替换目录价（不再叠加折扣）。都保存在链接里，也可存为 JSON 文件：导入会先检查整个文件，有任何问题就什么都不改。",
                    "A discount applies to every price of a provider; your own unit price replaces the catalog price (no discount on top). Both live in the link and can be saved as a JSON file: an import checks the whole file first and changes nothing if any record has a problem.",
                )}
            </p>
            <div class="prices-file">
                // the native file input, visually hidden but focusable, and a label in the
                // page's language as its button (the native one speaks the browser's language)
                <input
                    id="overrides-file"
                    class="file-input visually-hidden"
                    type="file"
                    accept=".json,application/json"
                    data-testid="overrides-import"
                    on:change=on_file
                />
                <label class="share-btn file-btn" for="overrides-file">
                    {move || tr(lang.get(), "导入 JSON 文件…", "Import a JSON file…")}
                </label>
                <button type="button" class="share-btn" data-testid="overrides-export" on:click=on_export>
                    {move || tr(lang.get(), "导出为 JSON", "Export as JSON")}
                </button>
                <button
                    type="button"
                    class="share-btn"
                    data-testid="overrides-clear"
                    disabled=move || count.get() == 0
                    on:click=on_clear
                >
                    {move || tr(lang.get(), "全部清除", "Clear all")}
                </button>
            </div>
            {outcome_view}
            <Show when=move || open.get()>
                <Editors model=model />
            </Show>
        </details>
    }
}

/// Reads a file as text with a `FileReader` and hands the text to `done`.
fn read_text(file: &web_sys::File, done: impl FnOnce(String) + 'static) {
    use wasm_bindgen::closure::Closure;
    let Ok(reader) = web_sys::FileReader::new() else {
        return;
    };
    let r = reader.clone();
    let onload = Closure::once_into_js(move || {
        if let Some(text) = r.result().ok().and_then(|v| v.as_string()) {
            done(text);
        }
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    let _ = reader.read_as_text(file);
}
