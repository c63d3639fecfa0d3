//! Saving the price table's CSV in the browser.

use leptos::prelude::document;

/// Downloads `text` as a UTF-8 CSV file (with a byte-order mark, so spreadsheets read the
/// Chinese text right): Blob, object URL, and a temporary `<a download>`.
pub(super) fn download_csv(name: &str, text: &str) {
    use wasm_bindgen::{JsCast, JsValue};
    let run = || -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(&format!("\u{feff}{text}")));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type("text/csv;charset=utf-8");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let doc = document();
        let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
        a.set_href(&url);
        a.set_download(name);
        a.set_attribute("hidden", "")?;
        if let Some(body) = doc.body() {
            body.append_child(&a)?;
        }
        a.click();
        a.remove();
        // revoke once the browser has started the download
        gloo::timers::callback::Timeout::new(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Ok(())
    };
    if let Err(e) = run() {
        leptos::logging::error!("CSV export failed: {e:?}");
    }
}
