//! Custom prices: a negotiated discount per provider and an own unit price per record, kept in
//! the URL (`d.<provider>`, `p.<price-id>`) and imported / exported as a JSON file (checked as
//! a whole by `deploycalc_core::model::custom_prices`: all or nothing). One file a concern:
//! `editors` (the inputs), `import` (the JSON file in and out), `outcome` (what an import did).

mod editors;
mod import;
mod outcome;

use crate::ui::i18n::tr;
use crate::ui::state::AppState;
use deploycalc_core::model::custom_prices::CustomPrices;
use editors::Editors;
use import::{export_file, import_file};
use leptos::prelude::*;
use outcome::{Outcome, OutcomeView};
use wasm_bindgen::JsCast;

/// The "Custom prices" panel: editors, and the JSON file import / export.
#[component]
pub fn PricesPanel() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let open = RwSignal::new(false);
    let count = Memo::new(move |_| st.scenario.with(|s| s.discounts.len() + s.overrides.len()));
    let outcome: RwSignal<Option<Outcome>> = RwSignal::new(None);
    let on_clear = move |_| {
        outcome.set(None);
        st.commit(true, |u| CustomPrices::default().apply_to(&mut u.scenario));
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
                    on:change=move |ev| import_file(st, outcome, &ev)
                />
                <label class="share-btn file-btn" for="overrides-file">
                    {move || tr(lang.get(), "导入 JSON 文件…", "Import a JSON file…")}
                </label>
                <button type="button" class="share-btn" data-testid="overrides-export" on:click=move |_| export_file(st)>
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
            <OutcomeView outcome=outcome />
            <Show when=move || open.get()>
                <Editors />
            </Show>
        </details>
    }
}
