//! Share, embed and export controls for the comparison (copy link, embed dialog, CSV / JSON /
//! Markdown export, print, custom prices), and the bar of the compact embedded layout.

use crate::ui::browser::{copy_text, full_url};
use crate::ui::i18n::tr;
use crate::ui::share::custom_prices::PricesPanel;
use crate::ui::share::embed::{report_height_to_parent, EmbedButton};
use crate::ui::state::AppState;
use crate::ui::widgets::later::Later;
use deploycalc_core::url::Page;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;

/// How long a "copied" confirmation stays.
const CONFIRM_MS: u32 = 2500;

/// What the copy button last did.
#[derive(Clone, Debug, PartialEq)]
enum Copy {
    Idle,
    Copied,
    /// The clipboard was unavailable: the link is shown selected for Ctrl+C.
    Manual(String),
}

/// "Copy link": the Clipboard API, or the link shown selected when it is unavailable.
#[component]
fn CopyLink() -> impl IntoView {
    let lang = AppState::expect().lang;
    let state = RwSignal::new(Copy::Idle);
    let timer: StoredValue<Option<Timeout>, LocalStorage> = StoredValue::new_local(None);
    let input = NodeRef::<leptos::html::Input>::new();
    let on_click = move |_| {
        let url = window().location().href().unwrap_or_default();
        let shown = url.clone();
        copy_text(&url, move |ok| {
            if ok {
                state.set(Copy::Copied);
                timer.set_value(Some(Timeout::new(CONFIRM_MS, move || {
                    state.set(Copy::Idle)
                })));
            } else {
                state.set(Copy::Manual(shown.clone()));
                request_animation_frame(move || {
                    if let Some(el) = input.get_untracked() {
                        let _ = el.focus();
                        el.select();
                    }
                });
            }
        });
    };
    view! {
        <span class="copy-link">
            <button type="button" class="share-btn" data-testid="copy-link" on:click=on_click>
                {move || tr(lang.get(), "复制链接", "Copy link")}
            </button>
            <span class="share-status" role="status" aria-live="polite" data-testid="copy-status">
                {move || (state.get() == Copy::Copied).then(|| tr(lang.get(), "已复制链接", "Link copied"))}
            </span>
            {move || match state.get() {
                Copy::Manual(url) => Some(view! {
                    <span class="copy-manual">
                        <label class="visually-hidden" for="copy-link-text">
                            {tr(lang.get(), "本场景的链接", "Link to this scenario")}
                        </label>
                        <input
                            id="copy-link-text"
                            data-testid="copy-link-text"
                            type="text"
                            readonly
                            prop:value=url
                            node_ref=input
                        />
                        <span class="share-hint">
                            {tr(lang.get(), "按 Ctrl+C（⌘C）复制", "Press Ctrl+C (⌘C) to copy")}
                        </span>
                    </span>
                }),
                _ => None,
            }}
        </span>
    }
}

/// The bar above the page (not in embed mode).
#[component]
pub fn ShareBar() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let page = Memo::new(move |_| st.decoded.with(|d| d.0.page));
    let link = Memo::new(move |_| st.decoded.with(|d| full_url(&d.0)));
    view! {
        <section
            class="share-bar"
            data-testid="share-bar"
            aria-label=move || tr(lang.get(), "分享、嵌入与导出", "Share, embed and export")
        >
            <div class="share-actions">
                <CopyLink />
                <EmbedButton />
                {export_buttons(page)}
                <button
                    type="button"
                    class="share-btn"
                    data-testid="print"
                    on:click=move |_| {
                        let _ = window().print();
                    }
                >
                    {move || tr(lang.get(), "打印 / 存为 PDF", "Print / Save as PDF")}
                </button>
            </div>
            <Later><PricesPanel /></Later>
            <p class="print-only print-link">
                {move || tr(lang.get(), "本场景的链接：", "This scenario: ")}
                <span class="print-url">{move || link.get()}</span>
            </p>
        </section>
    }
}

/// The export buttons, on the compare page. Only its bundle (`ui::bundle`) has them: the CSV /
/// JSON / Markdown report and the sizing it carries are code the decide and catalog bundles
/// never run.
#[cfg(feature = "page-compare")]
fn export_buttons(page: Memo<Page>) -> impl IntoView {
    use crate::ui::share::export::ExportButtons;
    view! {
        <Show when=move || page.get() == Page::Compare>
            <ExportButtons />
        </Show>
    }
}

#[cfg(not(feature = "page-compare"))]
fn export_buttons(_: Memo<Page>) -> impl IntoView {}

/// In embed mode: a small link that opens the same scenario in the full calculator, and the
/// content height posted to the host page whenever it changes.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let link = Memo::new(move |_| st.decoded.with(|d| full_url(&d.0)));
    report_height_to_parent();
    view! {
        <div class="embed-bar" data-testid="embed-bar">
            <span class="embed-brand">{move || tr(lang.get(), "部署方案计算器", "DeployCalc")}</span>
            <a
                href=move || link.get()
                target="_blank"
                rel="noopener"
                data-testid="open-full"
            >
                {move || tr(lang.get(), "打开完整计算器 ↗", "Open the full calculator ↗")}
            </a>
        </div>
    }
}
