//! The one page shown when the embedded catalog or decision trees fail to load: every error,
//! and nothing else (no half page). It runs before the router and the app state exist.

use crate::ui::i18n::{t, Key};
use crate::ui::state::browser_lang;
use deploycalc_core::url;
use leptos::prelude::*;

#[component]
pub fn LoadError(errors: Vec<String>) -> impl IntoView {
    // the link's `lang=` if it has one, else the browser's language, as the app would pick
    let search = window().location().search().unwrap_or_default();
    let lang = url::decode(&search).0.lang.unwrap_or_else(browser_lang);
    view! {
        <main class="layout-wide" data-testid="load-error">
            <div class="notice error" role="alert">
                <p>{t(lang, Key::CatalogBroken)}</p>
                <ul>{errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
            </div>
        </main>
    }
}
