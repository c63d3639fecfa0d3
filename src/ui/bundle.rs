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
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
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
