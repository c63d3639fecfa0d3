//! Embedding: the "Embed" dialog that writes the iframe code for the current scenario, and,
//! inside an iframe, the content height posted to the host page.

use crate::ui::browser::{absolute_url, copy_text};
use crate::ui::i18n::{page_text, tr};
use crate::ui::state::AppState;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::export::{host_script, EMBED_MESSAGE_TYPE};
use deploycalc_core::url::{Page, UrlState};
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Height of the iframe before the page has reported its own.
const INITIAL_HEIGHT: &str = "900";

/// The iframe element for `state` in embed mode, serialised by the browser (which escapes the
/// attributes), then the host script.
fn embed_code(state: &UrlState, view: Page, lang: Lang) -> String {
    let mut s = state.clone();
    s.embed = true;
    s.page = view;
    let src = absolute_url(&s);
    let origin = window().location().origin().unwrap_or_default();
    let iframe = document().create_element("iframe").ok().map(|el| {
        let title = tr(lang, "部署方案计算器", "DeployCalc");
        for (k, v) in [
            ("src", src.as_str()),
            ("title", title),
            ("width", "100%"),
            ("height", INITIAL_HEIGHT),
            ("loading", "lazy"),
            ("style", "width:100%;border:0"),
        ] {
            let _ = el.set_attribute(k, v);
        }
        el.outer_html()
    });
    format!("{}\n{}", iframe.unwrap_or_default(), host_script(&origin))
}

/// The "Embed" button and its dialog.
#[component]
pub fn EmbedButton() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let open = RwSignal::new(false);
    let show = move |_| {
        if let Some(d) = dialog.get_untracked() {
            open.set(true);
            let _ = d.show_modal();
        }
    };
    view! {
        <button
            type="button"
            class="share-btn"
            data-testid="embed-open"
            aria-haspopup="dialog"
            on:click=show
        >
            {move || tr(lang.get(), "嵌入…", "Embed…")}
        </button>
        <EmbedDialog dialog=dialog open=open />
    }
}

/// The dialog: which page to embed, the code, and "copy".
#[component]
fn EmbedDialog(dialog: NodeRef<leptos::html::Dialog>, open: RwSignal<bool>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    // the view to embed; `None` follows the page being shown
    let chosen: RwSignal<Option<Page>> = RwSignal::new(None);
    let view_page = Memo::new(move |_| {
        chosen
            .get()
            .unwrap_or_else(|| st.decoded.with(|d| d.0.page))
    });
    let code = Memo::new(move |_| {
        if !open.get() {
            return String::new();
        }
        let (page, lang) = (view_page.get(), lang.get());
        st.decoded.with(|d| embed_code(&d.0, page, lang))
    });
    let copied = RwSignal::new(false);
    let textarea = NodeRef::<leptos::html::Textarea>::new();
    view! {
        <dialog
            class="embed-dialog"
            data-testid="embed-dialog"
            aria-labelledby="embed-title"
            node_ref=dialog
            on:close=move |_| {
                open.set(false);
                copied.set(false);
            }
        >
            <h2 id="embed-title">{move || tr(lang.get(), "嵌入到其他页面", "Embed in another page")}</h2>
            <p class="embed-help">
                {move || tr(
                    lang.get(),
                    "把下面的代码粘贴到文档或网页中：iframe 显示当前场景的精简版，脚本按页面内容调整 iframe 高度。",
                    "Paste this code into a document or web page: the iframe shows this scenario in the compact layout, and the script sizes the iframe to its content.",
                )}
            </p>
            <ViewSelect view_page=view_page chosen=chosen />
            <div class="field">
                <label for="embed-code">{move || tr(lang.get(), "嵌入代码", "Embed code")}</label>
                <textarea
                    id="embed-code"
                    data-testid="embed-code"
                    readonly
                    rows="9"
                    spellcheck="false"
                    node_ref=textarea
                    prop:value=move || code.get()
                ></textarea>
            </div>
            <DialogActions dialog=dialog code=code copied=copied textarea=textarea />
        </dialog>
    }
}

/// The page the iframe shows.
#[component]
fn ViewSelect(view_page: Memo<Page>, chosen: RwSignal<Option<Page>>) -> impl IntoView {
    let lang = AppState::expect().lang;
    let option = move |p: Page| {
        view! {
            <option value=p.as_str() selected=move || view_page.get() == p>
                {move || page_text(lang.get(), p)}
            </option>
        }
    };
    view! {
        <div class="field">
            <label for="embed-view">{move || tr(lang.get(), "显示的页面", "View")}</label>
            <select
                id="embed-view"
                data-testid="embed-view"
                on:change=move |ev| chosen.set(Page::parse(&event_target_value(&ev)))
            >
                {option(Page::Compare)}
                {option(Page::Decide)}
                {option(Page::Catalog)}
            </select>
        </div>
    }
}

/// "Copy code" (or the code selected when the clipboard refuses), its status, and "Close".
#[component]
fn DialogActions(
    dialog: NodeRef<leptos::html::Dialog>,
    code: Memo<String>,
    copied: RwSignal<bool>,
    textarea: NodeRef<leptos::html::Textarea>,
) -> impl IntoView {
    let lang = AppState::expect().lang;
    let timer: StoredValue<Option<Timeout>, LocalStorage> = StoredValue::new_local(None);
    let copy = move |_| {
        let text = code.get_untracked();
        copy_text(&text, move |ok| {
            if ok {
                copied.set(true);
                timer.set_value(Some(Timeout::new(2500, move || copied.set(false))));
            } else if let Some(t) = textarea.get_untracked() {
                let _ = t.focus();
                t.select();
            }
        });
    };
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    view! {
        <div class="dialog-actions">
            <button type="button" class="share-btn primary" data-testid="embed-copy" on:click=copy>
                {move || tr(lang.get(), "复制代码", "Copy code")}
            </button>
            <span class="share-status" role="status" aria-live="polite">
                {move || copied.get().then(|| tr(lang.get(), "已复制代码", "Code copied"))}
            </span>
            <button type="button" class="share-btn" data-testid="embed-close" on:click=close>
                {move || tr(lang.get(), "关闭", "Close")}
            </button>
        </div>
    }
}

/// Marks `<html class="embed">` (the compact layout's CSS) and, inside an iframe, posts
/// `{ type: "deploycalc:height", height }` to the parent whenever the body's height changes.
pub fn report_height_to_parent() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    // without a browser (the build-time prerender) there is no page to mark and no parent
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("embed");
    }
    on_cleanup(|| {
        if let Some(root) = document().document_element() {
            let _ = root.class_list().remove_1("embed");
        }
    });
    let w = window();
    let parent = match w.parent() {
        Ok(Some(p)) if !js_sys::Object::is(&p, &w) => p,
        _ => return,
    };
    let Some(body) = document().body() else {
        return;
    };
    let last = std::rc::Rc::new(std::cell::Cell::new(-1_i32));
    let measure = body.clone();
    let post = move || {
        let h = measure.get_bounding_client_rect().height().ceil() as i32;
        if h == last.get() {
            return;
        }
        last.set(h);
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &EMBED_MESSAGE_TYPE.into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(h));
        // the height is not a secret: any host may read it
        let _ = parent.post_message(&msg, "*");
    };
    let cb = Closure::<dyn FnMut(js_sys::Array, JsValue)>::new(move |_, _| post());
    let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&body);
    // the observer calls back as long as the page lives
    cb.forget();
    on_cleanup(move || observer.disconnect());
}
