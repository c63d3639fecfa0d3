//! The shell: header, scenario form, results, assumptions.

use crate::ui::pages::catalog::CatalogPage;
use crate::ui::pages::compare::assumptions::Assumptions;
use crate::ui::pages::compare::model::provide_compare;
use crate::ui::pages::compare::ComparePage;
use crate::ui::pages::decide::DecidePage;
use crate::ui::share::bar::{EmbedBar, ShareBar};
use crate::ui::widgets::chart::provide_echarts;
use crate::ui::widgets::header::Header;
use crate::ui::widgets::load_error::LoadError;
use crate::ui::widgets::url_notice::UrlNotice;

use crate::ui::i18n::footer_note;
use crate::ui::state::{AppState, UrlSync};
use deploycalc_core::engine::embedded;
use deploycalc_core::url::Page;
use leptos::prelude::*;
use leptos_router::components::Router;

#[component]
pub fn App() -> impl IntoView {
    // the catalog and the decision trees are loaded and checked once, here: a failure is one
    // error page, and every component below can rely on them
    match embedded() {
        Ok(data) => view! {
            <Router>
                <UrlSync data=data>
                    <Shell />
                </UrlSync>
            </Router>
        }
        .into_any(),
        Err(errors) => view! { <LoadError errors=errors /> }.into_any(),
    }
}

#[component]
fn Shell() -> impl IntoView {
    provide_echarts();
    // the comparison model, once for the compare page and the share bar
    provide_compare();
    let st = AppState::expect();
    let page = Memo::new(move |_| st.decoded.with(|d| d.0.page));
    let embed = Memo::new(move |_| st.decoded.with(|d| d.0.embed));
    let body = move || match page.get() {
        Page::Compare => view! { <ComparePage /> }.into_any(),
        // the decide page places its own notice under its heading
        Page::Catalog => {
            view! { <main class="layout-wide"><UrlNotice /><CatalogPage /></main> }.into_any()
        }
        Page::Decide => view! { <main class="layout-wide"><DecidePage /></main> }.into_any(),
    };
    view! {
        <Show
            when=move || embed.get()
            fallback=move || view! {
                <Header />
                <ShareBar />
                {body}
                <Footer />
            }
        >
            <EmbedBar />
            {body}
        </Show>
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
