//! One bundle per page: which pages this build of the app contains, and how to reach the
//! others.
//!
//! A release build holds one page (cargo features `page-compare`, `page-decide`,
//! `page-catalog`; index.html and bundles/*.html pick one each), and public/boot.js starts the
//! bundle that the URL's page needs. Moving to a page that this bundle does not contain is a
//! full navigation to the same URL: the whole state is in the URL, so nothing is lost, and
//! boot.js starts that page's bundle. Native tools, clippy, the prerender and the browser
//! tests build every page (the default features).

use deploycalc_core::url::Page;

/// Whether this build contains `page`.
pub fn has_page(page: Page) -> bool {
    match page {
        Page::Compare => cfg!(feature = "page-compare"),
        Page::Decide => cfg!(feature = "page-decide"),
        Page::Catalog => cfg!(feature = "page-catalog"),
    }
}

/// `rel="external"` for a link to `page` when this build does not contain it, so that the
/// router leaves the click to the browser (a full navigation) instead of routing it here.
pub fn rel_to(page: Page) -> Option<&'static str> {
    (!has_page(page)).then_some("external")
}

/// Opens `href` (relative to the page) as a new document; `replace` replaces the current
/// history entry instead of adding one. Returns `false` when there is no window.
pub fn load(href: &str, replace: bool) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    remember_focus(&window);
    let location = window.location();
    let done = if replace {
        location.replace(href)
    } else {
        location.assign(href)
    };
    done.is_ok()
}

/// Loads the current address again as a new document: the router has already moved to a
/// page this bundle does not contain (a link without `rel="external"`, back or forward within
/// one document), and boot.js will start the bundle that has it.
pub fn reload() {
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let _ = location.reload();
    }
}

/// Where the focus goes back to in the next document: the page tab that was used (sessionStorage
/// is per tab and per origin).
const FOCUS_KEY: &str = "deploycalc-focus";

/// Keeps the focused page tab's test id (`nav-<page>`), so that the next document can give it
/// the focus again: a keyboard user carries on from the tab, not from the top of the page.
fn remember_focus(window: &web_sys::Window) {
    let id = window
        .document()
        .and_then(|d| d.active_element())
        .and_then(|e| e.get_attribute("data-testid"))
        .filter(|id| is_tab_id(id));
    if let (Some(id), Ok(Some(storage))) = (id, window.session_storage()) {
        let _ = storage.set_item(FOCUS_KEY, &id);
    }
}

/// `nav-` and a lowercase page name: safe inside a CSS attribute selector.
fn is_tab_id(id: &str) -> bool {
    id.strip_prefix("nav-")
        .is_some_and(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
}

/// Once the app is shown: focuses the page tab the previous document was left from, if any
/// (see [`load`]), and forgets it.
pub fn restore_focus() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(storage)) = window.session_storage() else {
        return;
    };
    let Ok(Some(id)) = storage.get_item(FOCUS_KEY) else {
        return;
    };
    let _ = storage.remove_item(FOCUS_KEY);
    if !is_tab_id(&id) {
        return;
    }
    let tab = window
        .document()
        .and_then(|d| {
            d.query_selector(&format!("[data-testid=\"{id}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(tab) = tab {
        let _ = tab.focus();
    }
}
