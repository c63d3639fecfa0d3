//! The prices tab: filters, currency, normalised columns, CSV export and the table.

use super::download::download_csv;
use super::filters::{FacetSelect, SearchField};
use super::price_rows::{price_rows_view, PriceHeader};
use crate::ui::i18n::{tr, unit_text};
use crate::ui::state::AppState;
use deploycalc_core::model::catalog::{Catalog, Category, Confidence, Unit};
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::vocab::{CurrencyView, I18nText, Lang, ProviderId};
use deploycalc_core::report::catalog_table::{
    category_text, confidence_text, price_csv, price_facets, price_table, Column, Direction,
    PriceQuery, PriceTable,
};
use leptos::prelude::*;

/// What the price table shows: the domain's rows plus what the cells need to be worded.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct PriceVm {
    pub(super) table: PriceTable,
    pub(super) columns: Vec<Column>,
    pub(super) lang: Lang,
}

pub(super) fn unit_word(lang: Lang) -> impl Fn(Unit) -> String {
    move |u| unit_text(lang, u).to_string()
}

pub(super) fn visible_columns(normalised: bool) -> Vec<Column> {
    Column::ALL
        .into_iter()
        .filter(|c| normalised || !Column::NORMALISED.contains(c))
        .collect()
}

/// Each value with its name in both languages, for a filter select.
fn named<T: Copy>(values: Vec<T>, name: fn(T, Lang) -> &'static str) -> Vec<(T, I18nText)> {
    values
        .into_iter()
        .map(|v| {
            let text = |l| name(v, l).to_string();
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

#[component]
pub(super) fn PriceTab(catalog: &'static Catalog) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let today = catalog.meta.as_of;
    let facets = price_facets(&catalog.prices, &catalog.providers);
    let search = RwSignal::new(String::new());
    let provider: RwSignal<Option<ProviderId>> = RwSignal::new(None);
    let category: RwSignal<Option<Category>> = RwSignal::new(None);
    let region: RwSignal<Option<String>> = RwSignal::new(None);
    let confidence: RwSignal<Option<Confidence>> = RwSignal::new(None);
    let sort = RwSignal::new((Column::Provider, Direction::Asc));
    let initial = match st.scenario.with_untracked(|s| s.currency) {
        CurrencyView::Cny => Currency::Cny,
        CurrencyView::Usd | CurrencyView::Both => Currency::Usd,
    };
    let currency = RwSignal::new(initial);
    let normalised = RwSignal::new(true);

    let vm = Memo::new(move |_| {
        let query = PriceQuery {
            search: search.get(),
            provider: provider.get(),
            category: category.get(),
            region: region.get(),
            confidence: confidence.get(),
            sort: sort.get(),
            currency: currency.get(),
        };
        let l = lang.get();
        let fx = Fx::new(st.scenario.with(|s| s.fx_rate));
        PriceVm {
            table: price_table(&catalog.prices, &catalog.providers, &query, fx, today, l),
            columns: visible_columns(normalised.get()),
            lang: l,
        }
    });

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
    let clear = move |_| {
        search.set(String::new());
        provider.set(None);
        category.set(None);
        region.set(None);
        confidence.set(None);
    };

    let count = move || {
        vm.with(|vm| {
            let (n, m) = (vm.table.rows.len(), vm.table.total);
            match vm.lang {
                Lang::Zh => format!("显示 {n} 条，共 {m} 条记录"),
                Lang::En => format!("{n} of {m} records"),
            }
        })
    };
    let currency_button = move |c: Currency| {
        view! {
            <button
                type="button"
                class="seg-btn"
                data-testid=format!("catalog-currency-{}", c.as_str().to_lowercase())
                aria-pressed=move || (currency.get() == c).to_string()
                on:click=move |_| currency.set(c)
            >
                {c.as_str()}
            </button>
        }
    };

    view! {
        <div class="catalog-controls">
            <SearchField id="catalog-search" placeholder=("名称、规格、地域、备注…", "Name, SKU, region, note…") search=search />
            <FacetSelect
                id="filter-provider"
                label=("厂商", "Provider")
                all=("全部厂商", "All providers")
                choices=facets.providers
                value=ProviderId::to_string
                selected=provider
            />
            <FacetSelect
                id="filter-category"
                label=("类别", "Category")
                all=("全部类别", "All categories")
                choices=named(facets.categories, category_text)
                value=|c: &Category| c.as_str().to_string()
                selected=category
            />
            <FacetSelect
                id="filter-region"
                label=("地域", "Region")
                all=("全部地域", "All regions")
                choices=facets.regions.into_iter().map(|r| (r.clone(), I18nText { zh: r.clone(), en: r })).collect()
                value=String::clone
                selected=region
            />
            <FacetSelect
                id="filter-confidence"
                label=("可信度", "Confidence")
                all=("全部可信度", "Any confidence")
                choices=named(facets.confidences, confidence_text)
                value=|c: &Confidence| c.as_str().to_string()
                selected=confidence
            />
        </div>
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
                    prop:checked=move || normalised.get()
                    on:change=move |ev| normalised.set(event_target_checked(&ev))
                />
                {move || tr(lang.get(), "显示每 vCPU / GiB / GPU 小时价格", "Per vCPU / GiB / GPU-hour columns")}
            </label>
            <button type="button" class="catalog-btn" data-testid="catalog-clear" on:click=clear>
                {move || tr(lang.get(), "清除筛选", "Clear filters")}
            </button>
            <button type="button" class="catalog-btn primary" data-testid="catalog-export" on:click=export>
                {move || tr(lang.get(), "导出 CSV", "Export CSV")}
            </button>
        </div>
        <p class="catalog-count" data-testid="catalog-count" aria-live="polite">{count}</p>
        <div
            class="table-scroll price-scroll"
            role="region"
            tabindex="0"
            aria-label=move || tr(lang.get(), "价格表（可横向滚动）", "Price table (scrolls sideways)")
        >
            <table class="catalog-table price-table" data-testid="catalog-table">
                <caption class="sr-only">{move || tr(lang.get(), "价格记录", "Price records")}</caption>
                <thead>
                    {move || {
                        let cols = visible_columns(normalised.get());
                        view! {
                            <tr>
                                {cols
                                    .into_iter()
                                    .map(|c| view! { <PriceHeader column=c sort=sort currency=currency /> })
                                    .collect_view()}
                            </tr>
                        }
                    }}
                </thead>
                <tbody>{move || vm.with(price_rows_view)}</tbody>
            </table>
        </div>
    }
}
