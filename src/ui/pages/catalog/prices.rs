//! The prices tab: filters, currency, normalised columns, CSV export and the table.

use super::download::download_csv;
use super::filters::{FacetSelect, SearchField};
use super::price_rows::{price_rows_view, unit_word, PriceHeader, PriceVm};
use crate::ui::i18n::{category_text, confidence_text, record_count, tr};
use crate::ui::state::AppState;
use crate::ui::widgets::later::{wanted_near, AfterReveal};
use deploycalc_core::model::catalog::{Catalog, Category, Confidence, Date};
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::vocab::CurrencyView;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::model::vocab::{I18nText, ProviderId};
use deploycalc_core::report::catalog_table::{
    price_csv, price_facets, price_table, Column, Direction, PriceFacets, PriceQuery,
};
use leptos::prelude::*;
use std::time::Duration;

pub(super) fn visible_columns(normalised: bool) -> Vec<Column> {
    Column::ALL
        .into_iter()
        .filter(|c| normalised || !Column::NORMALISED.contains(c))
        .collect()
}

/// Each value with its name in both languages, for a filter select.
fn named<T: Copy>(values: Vec<T>, name: fn(Lang, T) -> &'static str) -> Vec<(T, I18nText)> {
    values
        .into_iter()
        .map(|v| {
            let text = |l| name(l, v).to_string();
            (
                v,
                I18nText {
                    zh: text(Lang::Zh),
                    en: text(Lang::En),
                },
            )
        })
        .collect()
}

/// The tab's inputs: filters, search, sort, currency and the normalised-columns toggle.
#[derive(Clone, Copy)]
struct Controls {
    search: RwSignal<String>,
    provider: RwSignal<Option<ProviderId>>,
    category: RwSignal<Option<Category>>,
    region: RwSignal<Option<String>>,
    confidence: RwSignal<Option<Confidence>>,
    sort: RwSignal<(Column, Direction)>,
    currency: RwSignal<Currency>,
    normalised: RwSignal<bool>,
}

impl Controls {
    /// Everything unfiltered, sorted by provider, in the scenario's currency (USD for "both").
    fn new(view: CurrencyView) -> Controls {
        let initial = match view {
            CurrencyView::Cny => Currency::Cny,
            CurrencyView::Usd | CurrencyView::Both => Currency::Usd,
        };
        Controls {
            search: RwSignal::new(String::new()),
            provider: RwSignal::new(None),
            category: RwSignal::new(None),
            region: RwSignal::new(None),
            confidence: RwSignal::new(None),
            sort: RwSignal::new((Column::Provider, Direction::Asc)),
            currency: RwSignal::new(initial),
            normalised: RwSignal::new(true),
        }
    }

    /// The query the table answers (tracked).
    fn query(self) -> PriceQuery {
        PriceQuery {
            search: self.search.get(),
            provider: self.provider.get(),
            category: self.category.get(),
            region: self.region.get(),
            confidence: self.confidence.get(),
            sort: self.sort.get(),
            currency: self.currency.get(),
        }
    }

    /// "Clear filters": search and the four selects; sort, currency and columns stay.
    fn clear(self) {
        self.search.set(String::new());
        self.provider.set(None);
        self.category.set(None);
        self.region.set(None);
        self.confidence.set(None);
    }
}

#[component]
pub(super) fn PriceTab(catalog: &'static Catalog) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let today = catalog.meta.as_of;
    let c = Controls::new(st.scenario.with_untracked(|s| s.currency));
    let vm = Memo::new(move |_| {
        let l = lang.get();
        let fx = Fx::new(st.scenario.with(|s| s.fx_rate));
        PriceVm {
            table: price_table(
                &catalog.prices,
                &catalog.providers,
                &c.query(),
                fx,
                today,
                l,
            ),
            columns: visible_columns(c.normalised.get()),
            lang: l,
        }
    });
    let count = move || vm.with(|vm| record_count(vm.lang, vm.table.rows.len(), vm.table.total));
    view! {
        {filters_view(price_facets(&catalog.prices, &catalog.providers), c)}
        {toolbar_view(lang, c, vm, today)}
        <p class="catalog-count" data-testid="catalog-count" aria-live="polite">{count}</p>
        {table_view(lang, c, vm, catalog.prices.len())}
    }
}

/// The search box and the four filter selects.
fn filters_view(facets: PriceFacets, c: Controls) -> impl IntoView {
    view! {
        <div class="catalog-controls">
            <SearchField id="catalog-search" placeholder=("名称、规格、地域、备注…", "Name, SKU, region, note…") search=c.search />
            <FacetSelect
                id="filter-provider"
                label=("厂商", "Provider")
                all=("全部厂商", "All providers")
                choices=facets.providers
                value=ProviderId::to_string
                selected=c.provider
            />
            <FacetSelect
                id="filter-category"
                label=("类别", "Category")
                all=("全部类别", "All categories")
                choices=named(facets.categories, category_text)
                value=|c: &Category| c.as_str().to_string()
                selected=c.category
            />
            <FacetSelect
                id="filter-region"
                label=("地域", "Region")
                all=("全部地域", "All regions")
                choices=facets.regions.into_iter().map(|r| (r.clone(), I18nText { zh: r.clone(), en: r })).collect()
                value=String::clone
                selected=c.region
            />
            <FacetSelect
                id="filter-confidence"
                label=("可信度", "Confidence")
                all=("全部可信度", "Any confidence")
                choices=named(facets.confidences, confidence_text)
                value=|c: &Confidence| c.as_str().to_string()
                selected=c.confidence
            />
        </div>
    }
}

/// Currency switch, normalised-columns toggle, "clear filters" and "export CSV".
fn toolbar_view(lang: Memo<Lang>, c: Controls, vm: Memo<PriceVm>, today: Date) -> impl IntoView {
    let export = move |_| {
        vm.with_untracked(|vm| {
            let words = unit_word(vm.lang);
            if let Ok(text) = price_csv(
                &vm.table.rows,
                &vm.columns,
                vm.lang,
                vm.table.currency,
                &words,
            ) {
                download_csv(&format!("deploycalc-prices-{today}.csv"), &text);
            }
        })
    };
    let currency_button = move |cur: Currency| {
        view! {
            <button
                type="button"
                class="seg-btn"
                data-testid=format!("catalog-currency-{}", cur.as_str().to_lowercase())
                aria-pressed=move || (c.currency.get() == cur).to_string()
                on:click=move |_| c.currency.set(cur)
            >
                {cur.as_str()}
            </button>
        }
    };
    view! {
        <div class="catalog-toolbar">
            <div class="seg" role="group" aria-label=move || tr(lang.get(), "换算币种", "Convert to")>
                <span class="seg-label" aria-hidden="true">{move || tr(lang.get(), "换算为", "Convert to")}</span>
                {currency_button(Currency::Usd)}
                {currency_button(Currency::Cny)}
            </div>
            <label class="catalog-check">
                <input
                    type="checkbox"
                    data-testid="toggle-normalised"
                    prop:checked=move || c.normalised.get()
                    on:change=move |ev| c.normalised.set(event_target_checked(&ev))
                />
                {move || tr(lang.get(), "显示每 vCPU / GiB / GPU 小时价格", "Per vCPU / GiB / GPU-hour columns")}
            </label>
            <button type="button" class="catalog-btn" data-testid="catalog-clear" on:click=move |_| c.clear()>
                {move || tr(lang.get(), "清除筛选", "Clear filters")}
            </button>
            <button type="button" class="catalog-btn primary" data-testid="catalog-export" on:click=export>
                {move || tr(lang.get(), "导出 CSV", "Export CSV")}
            </button>
        </div>
    }
}

/// Rows per `<tbody>`: more than a phone's first screen. Rendering and laying out all ~230
/// rows took one ~500 ms task on Lighthouse's 4× slower CPU; the first group renders with the
/// page, the others one at a time after it (`AfterReveal`, a frame or two apart, so that each
/// is laid out in its own task). Even, so that the stripes (`tbody tr:nth-child(even)`,
/// counted per `<tbody>`) run on across groups.
const ROW_GROUP: usize = 24;

/// The table's rows in groups of [`ROW_GROUP`], one `<tbody>` each, enough groups for every
/// record (`total`); each group re-renders its own rows when the filters or the sort change.
///
/// Only on a narrow screen: there the table starts below the first screen, so the columns
/// widening as later groups arrive moves nothing in view. On a wide screen the table is in
/// view, and appended rows made its auto-sized columns jump sideways (CLS 0.018–0.023 at
/// 1366 px), so there it is one group, rendered with the page, as before.
///
/// The later groups wait, besides, until the table is on the screen or the reader acts on the
/// page (`wanted`): laying out all the rows cost ~1 s of a 4× slower CPU in 3-5 long tasks, the
/// most of the page's blocking time (docs/bench-notes.md), for rows below the first screen.
fn row_groups(vm: Memo<PriceVm>, total: usize, wanted: Signal<bool>) -> impl IntoView {
    let size = if narrow_screen() {
        ROW_GROUP
    } else {
        total.max(1)
    };
    (0..total.div_ceil(size).max(1))
        .map(|g| {
            let range = g * size..(g + 1) * size;
            let rows = move || vm.with(|vm| price_rows_view(vm, range.clone()));
            if g == 0 {
                view! { <tbody>{rows}</tbody> }.into_any()
            } else {
                let delay = Duration::from_millis(40 * g as u64);
                view! {
                    <AfterReveal delay=delay when=wanted><tbody>{rows.clone()}</tbody></AfterReveal>
                }
                .into_any()
            }
        })
        .collect_view()
}

/// The phone layout's width (style/main.css: results first below 761 px).
fn narrow_screen() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .is_some_and(|w| w < 761.0)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// The scrolling table: sortable headers over the rows.
fn table_view(lang: Memo<Lang>, c: Controls, vm: Memo<PriceVm>, total: usize) -> impl IntoView {
    let scroll = NodeRef::new();
    let wanted = wanted_near(scroll);
    view! {
        <div
            class="table-scroll price-scroll"
            node_ref=scroll
            role="region"
            tabindex="0"
            aria-label=move || tr(lang.get(), "价格表（可横向滚动）", "Price table (scrolls sideways)")
        >
            <table class="catalog-table price-table" data-testid="catalog-table">
                <caption class="sr-only">{move || tr(lang.get(), "价格记录", "Price records")}</caption>
                <thead>
                    {move || {
                        let cols = visible_columns(c.normalised.get());
                        view! {
                            <tr>
                                {cols
                                    .into_iter()
                                    .map(|col| view! { <PriceHeader column=col sort=c.sort currency=c.currency /> })
                                    .collect_view()}
                            </tr>
                        }
                    }}
                </thead>
                {row_groups(vm, total, wanted)}
            </table>
        </div>
    }
}
