use deploycalc::ui::{perf_mark, App};
use deploycalc_core::engine::Embedded;

fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_box();
    }));
    wasm_bindgen_futures::spawn_local(async {
        let data = load_data().await;
        perf_mark("dc-data-loaded");
        // the mount in a task of its own, after the data's validation
        gloo::timers::future::TimeoutFuture::new(0).await;
        // the app's nodes stay hidden behind the prerendered page until every part has
        // rendered (ui::widgets::later), then the two are swapped in one task
        mark_mounting();
        leptos::mount::mount_to_body(move || leptos::view! { <App data=data /> });
        #[cfg(debug_assertions)]
        debug_panic_trigger();
    });
}

/// The data file (catalog, purchase rules, decision trees), fetched from the address in
/// `<meta id="dc-data">` that the build wrote (crates/prerender; boot.js has been preloading
/// it beside the wasm), then validated. Any failure is the one error page.
async fn load_data() -> Result<Embedded, Vec<String>> {
    let text = fetch_data()
        .await
        .map_err(|e| vec![format!("the data file could not be loaded: {e}")])?;
    perf_mark("dc-data-fetched");
    // the validation in steps, each a task of its own (a timer between them): as one task it
    // blocked a phone's main thread for ~120 ms
    let mut pause = || gloo::timers::future::TimeoutFuture::new(0);
    deploycalc_core::engine::data_file::load_in_steps(&text, &mut pause).await
}

async fn fetch_data() -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let href = window
        .document()
        .and_then(|d| d.get_element_by_id("dc-data"))
        .and_then(|m| m.get_attribute("content"))
        .ok_or("the page names no data file (<meta id=\"dc-data\">)")?;
    let js_err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&href))
        .await
        .map_err(js_err)?
        .dyn_into()
        .map_err(js_err)?;
    if !response.ok() {
        return Err(format!("{href}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(js_err)?)
        .await
        .map_err(js_err)?;
    text.as_string().ok_or_else(|| format!("{href}: not text"))
}

/// `<html class="dc-mounting">`: see [`deploycalc::ui::widgets::later`].
fn mark_mounting() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("dc-mounting");
    }
}

/// Debug builds only: `?__panic=1` panics once the app is mounted, so that the E2E suite can
/// see the crash box (tests/e2e/robust.test.mjs). Release builds do not contain this code.
#[cfg(debug_assertions)]
fn debug_panic_trigger() {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    if search
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == "__panic=1")
    {
        panic!("debug-only panic trigger (__panic=1)");
    }
}

/// A visible error box instead of a dead page, with a link that resets the scenario (the same
/// page without its query). Text only: nothing from the panic is rendered as HTML.
fn show_crash_box() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("crash-box").is_some() {
        return;
    }
    let (Ok(div), Ok(p), Ok(a), Some(body)) = (
        doc.create_element("div"),
        doc.create_element("p"),
        doc.create_element("a"),
        doc.body(),
    ) else {
        return;
    };
    let _ = div.set_attribute("id", "crash-box");
    let _ = div.set_attribute("role", "alert");
    let _ = div.set_attribute("data-testid", "crash-box");
    let _ = div.set_attribute("class", "notice error crash-box");
    p.set_text_content(Some(
        "出错了，页面无法继续计算。Something went wrong and the page stopped computing.",
    ));
    let _ = a.set_attribute("href", "./");
    // a full page load: without this the router takes the click for an in-app navigation,
    // which cannot happen once the app has panicked, and the link does nothing
    let _ = a.set_attribute("rel", "external");
    a.set_text_content(Some("重置场景 · Reset the scenario"));
    let _ = div.append_child(&p);
    let _ = div.append_child(&a);
    let _ = body.prepend_with_node_1(&div);
}
