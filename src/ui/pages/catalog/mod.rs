//! The catalog browser (`?view=catalog`; `?page=catalog` in old links): prices, performance records and the provider matrix.
//! Every figure, filter, sort and the CSV come from `deploycalc_core::report::catalog_table`; these files only
//! lay them out and name things in zh and en: one file a tab (`prices`, `perf`, `matrix`),
//! plus the filter select and the CSV download they use.

mod download;
mod filters;
mod matrix;
mod perf;
mod price_rows;
mod prices;

use crate::ui::i18n::{catalog_intro, tr};
use crate::ui::state::AppState;
use deploycalc_core::model::vocab::Lang;
use leptos::html;
use leptos::prelude::*;
use matrix::MatrixTab;
use perf::PerfTab;
use prices::PriceTab;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Prices,
    Perf,
    Matrix,
}

impl Tab {
    const ALL: [Tab; 3] = [Tab::Prices, Tab::Perf, Tab::Matrix];

    fn as_str(self) -> &'static str {
        match self {
            Tab::Prices => "prices",
            Tab::Perf => "perf",
            Tab::Matrix => "matrix",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Tab::Prices => tr(lang, "价格", "Prices"),
            Tab::Perf => tr(lang, "性能数据", "Performance"),
            Tab::Matrix => tr(lang, "厂商对比", "Provider matrix"),
        }
    }

    fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }
}

/// The page: a heading, three tabs and the selected tab's panel.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let catalog = AppState::expect().catalog;
    let tab = RwSignal::new(Tab::Prices);
    view! {
        <section class="catalog-page" data-testid="catalog-page" aria-labelledby="catalog-title">
            <CatalogHead />
            <TabList tab=tab />
            <div
                class="catalog-panel"
                role="tabpanel"
                id=move || format!("catalog-panel-{}", tab.get().as_str())
                aria-labelledby=move || format!("catalog-tab-{}", tab.get().as_str())
            >
                {move || match tab.get() {
                    Tab::Prices => view! { <PriceTab catalog=catalog /> }.into_any(),
                    Tab::Perf => view! { <PerfTab catalog=catalog /> }.into_any(),
                    Tab::Matrix => view! { <MatrixTab catalog=catalog /> }.into_any(),
                }}
            </div>
        </section>
    }
    .into_any()
}

/// The page's heading and introduction. The prerender paints it for `?view=catalog` links
/// before the wasm arrives (ui::render_static), so it is one component for both.
#[component]
pub fn CatalogHead() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let as_of = st.catalog.meta.as_of;
    let intro = move || catalog_intro(lang.get(), as_of, st.scenario.with(|s| s.fx_rate));
    view! {
        <h2 id="catalog-title" data-testid="catalog-title">
            {move || tr(lang.get(), "价格目录", "Catalog")}
        </h2>
        <p class="catalog-intro">{intro}</p>
    }
}

/// The three tab buttons; arrow keys, Home and End move between them (WAI-ARIA tabs
/// pattern), Tab leaves the list.
#[component]
fn TabList(tab: RwSignal<Tab>) -> impl IntoView {
    let lang = AppState::expect().lang;
    let refs: [NodeRef<html::Button>; 3] = [NodeRef::new(), NodeRef::new(), NodeRef::new()];
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let i = tab.get_untracked().index();
        let next = match ev.key().as_str() {
            "ArrowRight" => (i + 1) % 3,
            "ArrowLeft" => (i + 2) % 3,
            "Home" => 0,
            "End" => 2,
            _ => return,
        };
        ev.prevent_default();
        tab.set(Tab::ALL[next]);
        if let Some(b) = refs[next].get_untracked() {
            let _ = b.focus();
        }
    };
    let tab_button = move |t: Tab| {
        let selected = move || tab.get() == t;
        view! {
            <button
                type="button"
                role="tab"
                class="catalog-tab"
                id=format!("catalog-tab-{}", t.as_str())
                data-testid=format!("catalog-tab-{}", t.as_str())
                aria-controls=format!("catalog-panel-{}", t.as_str())
                aria-selected=move || selected().to_string()
                tabindex=move || if selected() { "0" } else { "-1" }
                node_ref=refs[t.index()]
                on:click=move |_| tab.set(t)
                on:keydown=on_key
            >
                {move || t.label(lang.get())}
            </button>
        }
    };
    view! {
        <div
            class="catalog-tabs"
            role="tablist"
            aria-label=move || tr(lang.get(), "目录内容", "Catalog sections")
        >
            {Tab::ALL.map(tab_button)}
        </div>
    }
}
