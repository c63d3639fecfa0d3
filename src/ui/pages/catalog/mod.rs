//! The catalog browser (`?view=catalog`; `?page=catalog` in old links): prices, performance records, the provider
//! matrix and the freshness of each price source (`#freshness` opens that tab).
//! Every figure, filter, sort and the CSV come from `deploycalc_core::report::catalog_table`; these files only
//! lay them out and name things in zh and en: one file a tab (`prices`, `perf`, `matrix`, `freshness`),
//! plus the filter select and the CSV download they use.

mod download;
mod filters;
mod freshness;
mod matrix;
mod perf;
mod price_rows;
mod prices;

use crate::ui::i18n::{catalog_intro, freshness_title, tr};
use crate::ui::state::AppState;
use deploycalc_core::model::vocab::Lang;
use freshness::FreshnessTab;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use matrix::MatrixTab;
use perf::PerfTab;
use prices::PriceTab;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Prices,
    Perf,
    Matrix,
    Freshness,
}

impl Tab {
    const ALL: [Tab; 4] = [Tab::Prices, Tab::Perf, Tab::Matrix, Tab::Freshness];
    const COUNT: usize = Tab::ALL.len();

    fn as_str(self) -> &'static str {
        match self {
            Tab::Prices => "prices",
            Tab::Perf => "perf",
            Tab::Matrix => "matrix",
            Tab::Freshness => "freshness",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Tab::Prices => tr(lang, "价格", "Prices"),
            Tab::Perf => tr(lang, "性能数据", "Performance"),
            Tab::Matrix => tr(lang, "厂商对比", "Provider matrix"),
            Tab::Freshness => freshness_title(lang),
        }
    }

    fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// The tab a link's fragment asks for (`#freshness`), if any.
    fn from_hash(hash: &str) -> Option<Tab> {
        let h = hash.trim_start_matches('#');
        Tab::ALL.into_iter().find(|t| t.as_str() == h)
    }
}

/// The page: a heading, four tabs and the selected tab's panel. A link ending in `#freshness`
/// (the assumptions panel's) opens on that tab.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let catalog = AppState::expect().catalog;
    let hash = use_location().hash;
    let tab = RwSignal::new(Tab::from_hash(&hash.get_untracked()).unwrap_or(Tab::Prices));
    // a link followed while the page is open (the footer's "freshness by source") is an
    // event, not derived state: it selects its tab, and the tabs stay the user's to change
    Effect::watch(
        move || hash.get(),
        move |h, _, _| {
            if let Some(t) = Tab::from_hash(h) {
                tab.set(t);
            }
        },
        false,
    );
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
                    Tab::Freshness => view! { <FreshnessTab catalog=catalog /> }.into_any(),
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

/// The tab buttons; arrow keys, Home and End move between them (WAI-ARIA tabs
/// pattern), Tab leaves the list.
#[component]
fn TabList(tab: RwSignal<Tab>) -> impl IntoView {
    let lang = AppState::expect().lang;
    let refs: [NodeRef<html::Button>; Tab::COUNT] = std::array::from_fn(|_| NodeRef::new());
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let i = tab.get_untracked().index();
        let next = match ev.key().as_str() {
            "ArrowRight" => (i + 1) % Tab::COUNT,
            "ArrowLeft" => (i + Tab::COUNT - 1) % Tab::COUNT,
            "Home" => 0,
            "End" => Tab::COUNT - 1,
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
