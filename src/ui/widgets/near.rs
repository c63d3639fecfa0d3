//! Whether an element is on (or near) the screen: one IntersectionObserver an element, for the
//! parts of a page that wait until they are seen (charts, the price table's later rows, the
//! sections that follow the state in idle time).

use leptos::prelude::*;

/// How far outside the screen an element counts as near: a chart is drawn, and a lagging
/// section brought up to date, just before it scrolls in.
pub const NEAR_MARGIN: &str = "300px 0px";

/// Calls `on_change` with whether `el` is within `margin` of the screen (`None`: on it) each
/// time that changes (once an observation, in order), until the current owner (an effect or a
/// component) is cleaned up. Where IntersectionObserver is missing, calls `on_change(true)`
/// once: everything counts as seen.
pub fn observe(el: &web_sys::Element, margin: Option<&str>, on_change: impl Fn(bool) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let on_change = std::rc::Rc::new(on_change);
    let call = on_change.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // in order: the last entry is the element's current state
        for entry in entries.iter() {
            if let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() {
                call(entry.is_intersecting());
            }
        }
    });
    let init = web_sys::IntersectionObserverInit::new();
    if let Some(margin) = margin {
        init.set_root_margin(margin);
    }
    let Ok(observer) =
        web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
    else {
        on_change(true);
        return;
    };
    observer.observe(el);
    // the callback lives as long as the owner; the observer stops with it
    StoredValue::new_local(callback);
    on_cleanup(move || observer.disconnect());
}

/// The `<section>` an enclosing watcher observes (compare's `Lagging`), provided by it.
#[derive(Clone, Copy)]
struct WatchedSection(NodeRef<leptos::html::Section>);

/// Provides the node ref that [`section_ref`] hands to the `<section>` rendered inside.
pub fn provide_watched_section() -> NodeRef<leptos::html::Section> {
    let node = NodeRef::new();
    provide_context(WatchedSection(node));
    node
}

/// The `node_ref` for a part's `<section>`: the one an enclosing watcher observes, if any (see
/// [`provide_watched_section`]), or a fresh one.
pub fn section_ref() -> NodeRef<leptos::html::Section> {
    use_context::<WatchedSection>().map_or_else(NodeRef::new, |s| s.0)
}
