//! The shell: header, scenario form, results, assumptions.

// each page only in the bundle built for it (`ui::bundle`; all three by default)
#[cfg(all(feature = "page-catalog", feature = "page-decide"))]
use crate::ui::pages::catalog::CatalogHead;
#[cfg(feature = "page-catalog")]
use crate::ui::pages::catalog::CatalogPage;
use crate::ui::pages::compare::assumptions::Assumptions;
use crate::ui::pages::compare::model::provide_compare;
#[cfg(feature = "page-compare")]
use crate::ui::pages::compare::ComparePage;
#[cfg(all(feature = "page-catalog", feature = "page-decide"))]
use crate::ui::pages::decide::DecideHead;
#[cfg(feature = "page-decide")]
use crate::ui::pages::decide::DecidePage;
use crate::ui::share::bar::{EmbedBar, ShareBar};
use crate::ui::widgets::chart::provide_echarts;
use crate::ui::widgets::header::Header;
use crate::ui::widgets::later::{provide_pending, reveal, Later};
use crate::ui::widgets::load_error::LoadError;
#[cfg(feature = "page-catalog")]
use crate::ui::widgets::url_notice::UrlNotice;

use crate::ui::i18n::footer_note;
use crate::ui::state::{AppState, UrlSync};
use deploycalc_core::engine::Embedded;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::text::{computing_link, loading_page};
use deploycalc_core::url::Page;
use leptos::prelude::*;
use leptos_router::components::Router;

/// The app over its data: the catalog and the decision trees, loaded and checked once before
/// (src/main.rs loads the data file); a failure is one error page, and every component below
/// can rely on them.
#[component]
pub fn App(data: Result<Embedded, Vec<String>>) -> impl IntoView {
    match data {
        Ok(data) => view! {
            <Router>
                <UrlSync data=data>
                    <Shell />
                </UrlSync>
            </Router>
        }
        .into_any(),
        Err(errors) => {
            // the error page replaces the prerendered one at once
            reveal();
            view! { <LoadError errors=errors /> }.into_any()
        }
    }
}

/// The page for the query `search` in `lang`, rendered to HTML without a browser: the same
/// components as the app, for the build-time prerender (`crates/prerender`). Effects do not
/// run here, so charts are their empty boxes, exactly as in the app's first frame.
pub fn render_static(data: Embedded, search: &str, lang: Lang) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(AppState::fixed(data, search, lang));
        // shown by CSS only while a link's own scenario or another page is on its way
        // (public/first-paint.js marks <html> before first paint)
        view! {
            <p class="notice dc-pre-pending" role="status">{computing_link(lang)}</p>
            <p class="notice dc-pre-other" role="status">{loading_page(lang)}</p>
            <Shell pre_heads=true />
        }
        .to_html()
    })
}

/// `pre_heads`: the prerender also renders, after the compare page, the decide and catalog
/// pages' headings, where the app will put them; first-paint.js and CSS show them for those
/// pages' links, so their largest text paints with the page, not after the wasm.
#[component]
fn Shell(#[prop(optional)] pre_heads: bool) -> impl IntoView {
    provide_echarts();
    provide_pending();
    // the comparison model, once for the compare page and the share bar
    provide_compare();
    let st = AppState::expect();
    let page = Memo::new(move |_| st.decoded.with(|d| d.0.page));
    let embed = Memo::new(move |_| st.decoded.with(|d| d.0.embed));
    // the page this document was started for (boot.js picks the bundle by the same rule)
    let started = page.get_untracked();
    let body = move || match page.get() {
        #[cfg(feature = "page-compare")]
        Page::Compare => view! { <ComparePage /> }.into_any(),
        // the decide page places its own notice under its heading
        #[cfg(feature = "page-catalog")]
        Page::Catalog => {
            view! { <main class="layout-wide"><UrlNotice /><CatalogPage /></main> }.into_any()
        }
        #[cfg(feature = "page-decide")]
        Page::Decide => view! { <main class="layout-wide"><DecidePage /></main> }.into_any(),
        // another bundle's page, reached within this document (a link, back or forward): load
        // the address again, and boot.js starts that bundle; never on the page this document
        // was started for, which would reload for ever
        #[allow(unreachable_patterns)]
        other => {
            if other != started {
                crate::ui::bundle::reload();
            }
            ().into_any()
        }
    };
    view! {
        <Show
            when=move || embed.get()
            fallback=move || view! {
                <Header />
                <ShareBar />
                {body}
                {pre_heads_view(pre_heads)}
                <Later><Footer /></Later>
            }
        >
            <EmbedBar />
            {body}
            {pre_heads_view(pre_heads)}
        </Show>
    }
}

/// [`PreHeads`] when asked for (the prerender, which builds every page).
#[cfg(all(feature = "page-catalog", feature = "page-decide"))]
fn pre_heads_view(on: bool) -> Option<AnyView> {
    on.then(|| PreHeads().into_any())
}

/// A bundle without the decide or the catalog page is never prerendered from.
#[cfg(not(all(feature = "page-catalog", feature = "page-decide")))]
fn pre_heads_view(_: bool) -> Option<AnyView> {
    None
}

/// The other pages' heads for the prerender, in the same elements and classes as the pages
/// themselves (`Shell`'s `body`, DecidePage, CatalogPage), so that the app's takeover puts
/// identical text in the same place.
#[cfg(all(feature = "page-catalog", feature = "page-decide"))]
#[component]
fn PreHeads() -> impl IntoView {
    view! {
        <main class="layout-wide dc-pre-head" data-head="decide">
            <section class="decide-page"><DecideHead /></section>
        </main>
        <main class="layout-wide dc-pre-head" data-head="catalog">
            <section class="catalog-page"><CatalogHead /></section>
        </main>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let lang = AppState::expect().lang;
    view! {
        <footer class="site-footer">
            <Assumptions />
            <p class="lang-note">{move || footer_note(lang.get())}</p>
        </footer>
    }
}
