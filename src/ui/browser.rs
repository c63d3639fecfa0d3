//! Browser helpers, in one place: the clipboard, file downloads and uploads, the page's own
//! address, and today's date (the core has no clock). Everything here touches `window()`;
//! nothing here knows about pages or components.

use deploycalc_core::model::catalog::Date;
use deploycalc_core::url::{self, UrlState};
use gloo::timers::callback::Timeout;
use leptos::prelude::{document, window};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How long a `blob:` download URL lives: time for the browser to start the download.
const REVOKE_MS: u32 = 30_000;

/// The page's own address for `state`: origin, path (so any sub-path) and the encoded query.
#[cfg(target_arch = "wasm32")]
pub fn absolute_url(state: &UrlState) -> String {
    let loc = window().location();
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_else(|_| "/".into());
    format!("{origin}{path}?{}", url::encode(state))
}

/// Without a browser (the build-time prerender) there is no origin: the link is relative.
#[cfg(not(target_arch = "wasm32"))]
pub fn absolute_url(state: &UrlState) -> String {
    format!("./?{}", url::encode(state))
}

/// The scenario's link for people: the current state without `embed=1`.
pub fn full_url(state: &UrlState) -> String {
    let mut plain = state.clone();
    plain.embed = false;
    absolute_url(&plain)
}

/// Writes `text` to the clipboard and calls `done(true)` once it is there, or `done(false)`
/// when the Clipboard API is missing or refuses (then the caller shows the text selected).
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    let nav = window().navigator();
    let available = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !available {
        done(false);
        return;
    }
    let done: Rc<dyn Fn(bool)> = Rc::new(done);
    let on_err = done.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| done(true));
    let err = Closure::<dyn FnMut(JsValue)>::new(move |_| on_err(false));
    let _ = nav.clipboard().write_text(text).then2(&ok, &err);
    // one small closure pair per click; they must outlive the promise
    ok.forget();
    err.forget();
}

/// Today's date from the browser's clock.
pub fn today() -> Option<Date> {
    let d = js_sys::Date::new_0();
    Date::new(
        u16::try_from(d.get_full_year()).ok()?,
        u8::try_from(d.get_month() + 1).ok()?,
        u8::try_from(d.get_date()).ok()?,
    )
}

/// Saves `text` as a file named `name` through a temporary `blob:` link (nothing is sent).
/// A failure is logged to the console.
pub fn download(name: &str, mime: &str, text: &str) {
    if let Err(e) = try_download(name, mime, text) {
        leptos::logging::error!("download of {name} failed: {e:?}");
    }
}

fn try_download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    if let Some(body) = document().body() {
        a.set_href(&url);
        a.set_download(name);
        a.set_hidden(true);
        body.append_child(&a)?;
        a.click();
        a.remove();
    }
    // give the browser time to start the download before the URL is released
    Timeout::new(REVOKE_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Reads a file as text with a `FileReader` and hands the text to `done`.
pub fn read_text(file: &web_sys::File, done: impl FnOnce(String) + 'static) {
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

/// Runs `f` in a task after the browser's next frame: for work that follows an input but need
/// not delay the frame that shows the input's first results. At once without a browser.
pub fn after_paint(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO)
    });
    #[cfg(not(target_arch = "wasm32"))]
    f();
}

/// The longest `when_idle` waits for an idle moment before it runs anyway.
const IDLE_TIMEOUT_MS: u32 = 200;
/// Where the browser has no idle callbacks (Safari): how long `when_idle` waits instead.
const NO_IDLE_MS: i32 = 50;

/// Runs `f` in the browser's next idle moment (`requestIdleCallback`, at most
/// [`IDLE_TIMEOUT_MS`] later), or [`NO_IDLE_MS`] later where there is none. At once without a
/// browser.
pub fn when_idle(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let w = window();
        let callback = Closure::once_into_js(f);
        let idle = js_sys::Reflect::get(&w, &JsValue::from_str("requestIdleCallback"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        match idle {
            Some(idle) => {
                let options = js_sys::Object::new();
                let _ = js_sys::Reflect::set(
                    &options,
                    &JsValue::from_str("timeout"),
                    &JsValue::from(IDLE_TIMEOUT_MS),
                );
                let _ = idle.call2(&w, &callback, &options);
            }
            None => {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    callback.unchecked_ref(),
                    NO_IDLE_MS,
                );
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (IDLE_TIMEOUT_MS, NO_IDLE_MS);
        f();
    }
}
