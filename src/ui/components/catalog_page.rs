//! The catalog browser (`?page=catalog`): prices, performance records and the provider matrix.
//! Every figure, filter, sort and the CSV come from `domain::catalog_table`; this file only
//! lays them out and names things in zh and en.

use crate::domain::catalog::{
    Catalog, Category, Confidence, Level, Metric, Percentile, PerfUnit, ProviderId, Scale, Support,
};
use crate::domain::catalog_table::{
    category_text, confidence_text, matrix_tables, next_sort, perf_rows, price_csv, price_facets,
    price_table, retired_text, stale_text, unknown_text, Amount, Column, Direction, MatrixTable,
    MatrixValue, PerfRow, PriceQuery, PriceRow, PriceTable,
};
use crate::domain::format;
use crate::domain::money::{Currency, Fx};
use crate::domain::scenario::CurrencyView;
use crate::domain::share::Lang;
use crate::ui::i18n::unit_text;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// The UI's own words: zh or en.
fn tr(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

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
    let st = AppState::expect();
    let lang = st.lang;
    let catalog = match st.catalog {
        Ok(c) => c,
        Err(errs) => {
            return view! {
                <section class="catalog-page" data-testid="catalog-page">
                    <div class="notice error" role="alert">
                        <p>{move || tr(lang.get(), "价格目录无法加载：", "The catalog failed to load:")}</p>
                        <ul>{errs.iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}</ul>
                    </div>
                </section>
            }
            .into_any()
        }
    };
    let tab = RwSignal::new(Tab::Prices);
    let refs: [NodeRef<html::Button>; 3] = [NodeRef::new(), NodeRef::new(), NodeRef::new()];
    // arrow keys move between tabs (WAI-ARIA tabs pattern); Tab leaves the tab list
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
    let fx_note = move || {
        let l = lang.get();
        let rate = st.scenario.with(|s| s.fx_rate);
        let day = catalog.meta.as_of;
        match l {
            Lang::Zh => format!(
                "目录中每条价格、性能数据和厂商信息都注明来源和日期。目录日期 {day}；换算汇率 1 美元 = {} 元（可在方案对比页修改）。",
                format::number(rate, 4)
            ),
            Lang::En => format!(
                "Every price, performance figure and provider fact, with its source and date. Catalog as of {day}; converted at 1 USD = {} CNY (change it on the Compare page).",
                format::number(rate, 4)
            ),
        }
    };
    view! {
        <section class="catalog-page" data-testid="catalog-page" aria-labelledby="catalog-title">
            <h2 id="catalog-title" data-testid="catalog-title">
                {move || tr(lang.get(), "价格目录", "Catalog")}
            </h2>
            <p class="catalog-intro">{fx_note}</p>
            <div
                class="catalog-tabs"
                role="tablist"
                aria-label=move || tr(lang.get(), "目录内容", "Catalog sections")
            >
                {Tab::ALL.map(tab_button)}
            </div>
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

// ---------------------------------------------------------------------------------------------
// Prices
// ---------------------------------------------------------------------------------------------

/// What the price table shows: the domain's rows plus what the cells need to be worded.
#[derive(Clone, Debug, PartialEq)]
struct PriceVm {
    table: PriceTable,
    columns: Vec<Column>,
    lang: Lang,
}

fn unit_word(lang: Lang) -> impl Fn(crate::domain::catalog::Unit) -> String {
    move |u| unit_text(lang, u).to_string()
}

fn visible_columns(normalised: bool) -> Vec<Column> {
    Column::ALL
        .into_iter()
        .filter(|c| normalised || !Column::NORMALISED.contains(c))
        .collect()
}

#[component]
fn PriceTab(catalog: &'static Catalog) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let today = catalog.meta.as_of;
    let facets = StoredValue::new(price_facets(&catalog.prices, &catalog.providers));
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

    let provider_select = move || {
        let l = lang.get();
        let opts = facets.with_value(|f| {
            f.providers
                .iter()
                .map(|(id, name)| {
                    let id = id.clone();
                    let value = id.to_string();
                    let text = match l {
                        Lang::Zh => name.zh.clone(),
                        Lang::En => name.en.clone(),
                    };
                    view! {
                        <option value=value prop:selected=move || provider.with(|p| p.as_ref() == Some(&id))>
                            {text}
                        </option>
                    }
                })
                .collect_view()
        });
        view! {
            <option value="" prop:selected=move || provider.with(Option::is_none)>{tr(l, "全部厂商", "All providers")}</option>
            {opts}
        }
    };
    let category_select = move || {
        let l = lang.get();
        let opts = facets.with_value(|f| {
            f.categories
                .iter()
                .map(|&c| {
                    view! {
                        <option value=c.as_str() prop:selected=move || category.get() == Some(c)>
                            {category_text(c, l)}
                        </option>
                    }
                })
                .collect_view()
        });
        view! {
            <option value="" prop:selected=move || category.with(Option::is_none)>{tr(l, "全部类别", "All categories")}</option>
            {opts}
        }
    };
    let region_select = move || {
        let l = lang.get();
        let opts = facets.with_value(|f| {
            f.regions
                .iter()
                .map(|r| {
                    let r2 = r.clone();
                    view! {
                        <option value=r.clone() prop:selected=move || region.with(|x| x.as_ref() == Some(&r2))>
                            {r.clone()}
                        </option>
                    }
                })
                .collect_view()
        });
        view! {
            <option value="" prop:selected=move || region.with(Option::is_none)>{tr(l, "全部地域", "All regions")}</option>
            {opts}
        }
    };
    let confidence_select = move || {
        let l = lang.get();
        let opts = facets.with_value(|f| {
            f.confidences
                .iter()
                .map(|&c| {
                    view! {
                        <option value=c.as_str() prop:selected=move || confidence.get() == Some(c)>
                            {confidence_text(c, l)}
                        </option>
                    }
                })
                .collect_view()
        });
        view! {
            <option value="" prop:selected=move || confidence.with(Option::is_none)>{tr(l, "全部可信度", "Any confidence")}</option>
            {opts}
        }
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
            <div class="catalog-field catalog-search">
                <label for="catalog-search">{move || tr(lang.get(), "搜索", "Search")}</label>
                <input
                    id="catalog-search"
                    data-testid="catalog-search"
                    type="search"
                    autocomplete="off"
                    placeholder=move || tr(lang.get(), "名称、规格、地域、备注…", "Name, SKU, region, note…")
                    prop:value=move || search.get()
                    on:input=move |ev| search.set(event_target_value(&ev))
                />
            </div>
            <div class="catalog-field">
                <label for="filter-provider">{move || tr(lang.get(), "厂商", "Provider")}</label>
                <select
                    id="filter-provider"
                    data-testid="filter-provider"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        provider.set((!v.is_empty()).then(|| ProviderId::new(v)));
                    }
                >
                    {provider_select}
                </select>
            </div>
            <div class="catalog-field">
                <label for="filter-category">{move || tr(lang.get(), "类别", "Category")}</label>
                <select
                    id="filter-category"
                    data-testid="filter-category"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        category.set(Category::ALL.into_iter().find(|c| c.as_str() == v));
                    }
                >
                    {category_select}
                </select>
            </div>
            <div class="catalog-field">
                <label for="filter-region">{move || tr(lang.get(), "地域", "Region")}</label>
                <select
                    id="filter-region"
                    data-testid="filter-region"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        region.set((!v.is_empty()).then_some(v));
                    }
                >
                    {region_select}
                </select>
            </div>
            <div class="catalog-field">
                <label for="filter-confidence">{move || tr(lang.get(), "可信度", "Confidence")}</label>
                <select
                    id="filter-confidence"
                    data-testid="filter-confidence"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        confidence.set(Confidence::ALL.into_iter().find(|c| c.as_str() == v));
                    }
                >
                    {confidence_select}
                </select>
            </div>
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

/// A column header: a button that sorts by the column, with `aria-sort` on the cell.
#[component]
fn PriceHeader(
    column: Column,
    sort: RwSignal<(Column, Direction)>,
    currency: RwSignal<Currency>,
) -> impl IntoView {
    let lang = AppState::expect().lang;
    let aria = move || {
        let (c, d) = sort.get();
        if c == column {
            d.aria()
        } else {
            "none"
        }
    };
    let arrow = move || {
        let (c, d) = sort.get();
        match (c == column, d) {
            (false, _) => "↕",
            (true, Direction::Asc) => "▲",
            (true, Direction::Desc) => "▼",
        }
    };
    let label = move || column.header(lang.get(), currency.get());
    let class = if column.numeric() { "num" } else { "" };
    if !column.sortable() {
        return view! { <th scope="col" class=class>{label}</th> }.into_any();
    }
    view! {
        <th scope="col" class=class aria-sort=aria>
            <button
                type="button"
                class="sort-btn"
                data-testid=format!("sort-{}", column.as_str())
                on:click=move |_| sort.update(|s| *s = next_sort(*s, column))
            >
                {label}
                <span class="sort-arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
    .into_any()
}

fn price_rows_view(vm: &PriceVm) -> AnyView {
    let l = vm.lang;
    if vm.table.rows.is_empty() {
        return view! {
            <tr>
                <td class="empty" colspan=vm.columns.len().to_string()>
                    {tr(l, "没有符合条件的记录。", "No record matches.")}
                </td>
            </tr>
        }
        .into_any();
    }
    let words = unit_word(l);
    vm.table
        .rows
        .iter()
        .map(|r| {
            let cells = vm
                .columns
                .iter()
                .map(|&c| price_cell(r, c, l, &words))
                .collect_view();
            view! {
                <tr data-testid=format!("catalog-row-{}", r.id) class:retired=r.retired.is_some()>
                    {cells}
                </tr>
            }
        })
        .collect_view()
        .into_any()
}

fn price_cell(
    r: &PriceRow,
    c: Column,
    l: Lang,
    words: &dyn Fn(crate::domain::catalog::Unit) -> String,
) -> AnyView {
    let text = r.cell_text(c, l, words);
    match c {
        Column::Id => view! {
            <td class="id"><code title=r.note.clone().unwrap_or_default()>{text}</code></td>
        }
        .into_any(),
        Column::Price
        | Column::Converted
        | Column::PerVcpuHour
        | Column::PerGibHour
        | Column::PerGpuHour => {
            let unknown = matches!(
                match c {
                    Column::Price => r.price,
                    Column::Converted => r.converted,
                    Column::PerVcpuHour => r.per_vcpu_hour,
                    Column::PerGibHour => r.per_gib_hour,
                    _ => r.per_gpu_hour,
                },
                Amount::Unknown
            );
            view! { <td class="num" class:unknown=unknown>{text}</td> }.into_any()
        }
        // long sources show two lines; the whole text is in the title and in the CSV
        Column::Source => {
            let title = text.clone();
            match r.source_url.clone() {
                Some(url) => view! {
                    <td class="src">
                        <a class="clamp" href=url target="_blank" rel="noopener noreferrer" title=title>
                            {text}
                        </a>
                    </td>
                }
                .into_any(),
                None => view! {
                    <td class="src"><span class="clamp" title=title>{text}</span></td>
                }
                .into_any(),
            }
        }
        Column::Service | Column::Sku | Column::Provider => {
            view! { <td class="wrap">{text}</td> }.into_any()
        }
        Column::AsOf => view! { <td class="date">{text}</td> }.into_any(),
        Column::Confidence => view! {
            <td>
                <span class=format!("badge conf-{}", r.confidence.as_str())>{text}</span>
            </td>
        }
        .into_any(),
        Column::Status => {
            let retired = r.retired.map(|d| {
                view! { <span class="badge badge-retired">{retired_text(d, l)}</span> }
            });
            let stale = r
                .stale
                .then(|| view! { <span class="badge badge-stale">{stale_text(l)}</span> });
            view! { <td class="status">{retired}" "{stale}</td> }.into_any()
        }
        _ => view! { <td>{text}</td> }.into_any(),
    }
}

/// Downloads `text` as a UTF-8 CSV file (with a byte-order mark, so spreadsheets read the
/// Chinese text right): Blob, object URL, and a temporary `<a download>`.
fn download_csv(name: &str, text: &str) {
    use wasm_bindgen::{JsCast, JsValue};
    let run = || -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(&format!("\u{feff}{text}")));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type("text/csv;charset=utf-8");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let doc = document();
        let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
        a.set_href(&url);
        a.set_download(name);
        a.set_attribute("hidden", "")?;
        if let Some(body) = doc.body() {
            body.append_child(&a)?;
        }
        a.click();
        a.remove();
        // revoke once the browser has started the download
        gloo::timers::callback::Timeout::new(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Ok(())
    };
    if let Err(e) = run() {
        leptos::logging::error!("CSV export failed: {e:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Performance records
// ---------------------------------------------------------------------------------------------

fn metric_text(m: Metric, l: Lang) -> &'static str {
    use Metric::*;
    match m {
        AsrLatency => tr(l, "语音识别延迟", "ASR latency"),
        LlmLatency => tr(l, "大模型延迟", "LLM latency"),
        TtsLatency => tr(l, "语音合成延迟", "TTS latency"),
        EndToEndLatency => tr(l, "端到端延迟", "End-to-end latency"),
        ConcurrentUsers => tr(l, "并发用户数", "Concurrent users"),
        CrossCloudLatency => tr(l, "跨云延迟", "Cross-cloud latency"),
        FileReadLatency => tr(l, "本地文件读取延迟", "File read latency"),
        VectorSearchLatency => tr(l, "向量检索延迟", "Vector search latency"),
        KgQueryLatency => tr(l, "知识图谱查询延迟", "Knowledge-graph query latency"),
        AgentLatency => tr(l, "智能体响应时间", "Agent response time"),
        ServiceLatency => tr(l, "关键服务响应时间", "Service response time"),
        Availability => tr(l, "可用性", "Availability"),
        MaxNodesPerCluster => tr(l, "每集群最大节点数", "Max nodes per cluster"),
        NodeStartup => tr(l, "节点启动时间", "Node start-up time"),
        DbLatency => tr(l, "数据库读写延迟", "Database latency"),
        NetworkThroughput => tr(l, "网络吞吐量", "Network throughput"),
        StorageIops => tr(l, "存储 IOPS", "Storage IOPS"),
        NetworkLatencyFromChina => tr(l, "中国访问网络延迟", "Network latency from China"),
        SetupTime => tr(l, "首次部署时间", "Set-up time"),
    }
}

fn perf_unit_text(u: PerfUnit, l: Lang) -> &'static str {
    match u {
        PerfUnit::Ms => "ms",
        PerfUnit::S => tr(l, "秒", "s"),
        PerfUnit::Minutes => tr(l, "分钟", "min"),
        PerfUnit::Hours => tr(l, "小时", "h"),
        PerfUnit::Users => tr(l, "用户", "users"),
        PerfUnit::Nodes => tr(l, "节点", "nodes"),
        PerfUnit::Iops => "IOPS",
        PerfUnit::Gbps => "Gbps",
        PerfUnit::Percent => "%",
    }
}

fn percentile_text(p: Percentile) -> &'static str {
    match p {
        Percentile::P50 => "p50",
        Percentile::P95 => "p95",
        Percentile::P99 => "p99",
    }
}

#[derive(Clone, Debug, PartialEq)]
struct PerfVm {
    rows: Vec<PerfRow>,
    total: usize,
    lang: Lang,
}

#[component]
fn PerfTab(catalog: &'static Catalog) -> impl IntoView {
    let lang = AppState::expect().lang;
    let search = RwSignal::new(String::new());
    let vm = Memo::new(move |_| PerfVm {
        rows: perf_rows(catalog, &search.get(), catalog.meta.as_of),
        total: catalog.perf.len(),
        lang: lang.get(),
    });
    let body = move || {
        vm.with(|vm| {
            let l = vm.lang;
            let head = view! {
                <tr>
                    <th scope="col">{tr(l, "对象", "Subject")}</th>
                    <th scope="col">{tr(l, "指标", "Metric")}</th>
                    <th scope="col" class="num">{tr(l, "数值", "Value")}</th>
                    <th scope="col">{tr(l, "来源", "Source")}</th>
                    <th scope="col">{tr(l, "日期", "As of")}</th>
                    <th scope="col">{tr(l, "可信度", "Confidence")}</th>
                </tr>
            };
            let rows = vm
                .rows
                .iter()
                .map(|r| {
                    let value = format!(
                        "{}{}{}",
                        r.value,
                        match r.unit {
                            PerfUnit::Percent => "",
                            _ => " ",
                        },
                        perf_unit_text(r.unit, l)
                    );
                    let pct = r.percentile.map(|p| view! { <span class="pct">{percentile_text(p)}</span> });
                    let target = r.target.then(|| {
                        view! { <span class="badge badge-target">{tr(l, "目标值", "target")}</span> }
                    });
                    let stale = r
                        .stale
                        .then(|| view! { <span class="badge badge-stale">{stale_text(l)}</span> });
                    let src = match &r.source_url {
                        Some(u) => view! { <a href=u.clone() target="_blank" rel="noopener noreferrer">{r.source.clone()}</a> }.into_any(),
                        None => r.source.clone().into_any(),
                    };
                    view! {
                        <tr data-testid=format!("perf-row-{}", r.id)>
                            <td>{r.subject.text(l)}</td>
                            <td>{metric_text(r.metric, l)}" "{pct}" "{target}</td>
                            <td class="num">{value}</td>
                            <td class="src" title=r.note.clone().unwrap_or_default()>{src}</td>
                            <td class="date">{r.as_of.to_string()}" "{stale}</td>
                            <td><span class=format!("badge conf-{}", r.confidence.as_str())>{confidence_text(r.confidence, l)}</span></td>
                        </tr>
                    }
                })
                .collect_view();
            let count = match l {
                Lang::Zh => format!("显示 {} 条，共 {} 条记录", vm.rows.len(), vm.total),
                Lang::En => format!("{} of {} records", vm.rows.len(), vm.total),
            };
            view! {
                <p class="catalog-count" data-testid="perf-count" aria-live="polite">{count}</p>
                <div class="table-scroll" role="region" tabindex="0" aria-label=tr(l, "性能数据表", "Performance records")>
                    <table class="catalog-table" data-testid="perf-table">
                        <thead>{head}</thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    };
    view! {
        <div class="catalog-controls">
            <div class="catalog-field catalog-search">
                <label for="perf-search">{move || tr(lang.get(), "搜索", "Search")}</label>
                <input
                    id="perf-search"
                    data-testid="perf-search"
                    type="search"
                    autocomplete="off"
                    placeholder=move || tr(lang.get(), "对象、指标、来源…", "Subject, metric, source…")
                    prop:value=move || search.get()
                    on:input=move |ev| search.set(event_target_value(&ev))
                />
            </div>
        </div>
        {body}
    }
}

// ---------------------------------------------------------------------------------------------
// Provider matrix
// ---------------------------------------------------------------------------------------------

fn support_text(s: Support, l: Lang) -> &'static str {
    match s {
        Support::Yes => tr(l, "✓ 支持", "✓ yes"),
        Support::No => tr(l, "✗ 不支持", "✗ no"),
        Support::SelfHostedOnly => tr(l, "✗ 需自托管", "✗ self-hosted only"),
    }
}

fn level_text(level: Level, scale: Option<Scale>, l: Lang) -> &'static str {
    match (scale.unwrap_or(Scale::Cost), level) {
        (Scale::Cost, Level::Low) => tr(l, "较低", "lower"),
        (Scale::Cost, Level::Medium) => tr(l, "中等", "medium"),
        (Scale::Cost, Level::High) => tr(l, "较高", "higher"),
        (Scale::Difficulty, Level::Low) => tr(l, "简单", "easy"),
        (Scale::Difficulty, Level::Medium) => tr(l, "中等", "medium"),
        (Scale::Difficulty, Level::High) => tr(l, "复杂", "hard"),
        (Scale::Automation, Level::Low) => tr(l, "低", "low"),
        (Scale::Automation, Level::Medium) => tr(l, "中", "medium"),
        (Scale::Automation, Level::High) => tr(l, "高", "high"),
        (Scale::Completeness, Level::Low) => tr(l, "基础", "basic"),
        (Scale::Completeness, Level::Medium) => tr(l, "较完整", "fairly complete"),
        (Scale::Completeness, Level::High) => tr(l, "完整", "complete"),
    }
}

fn matrix_value_text(v: &MatrixValue, l: Lang) -> String {
    match v {
        MatrixValue::Names(n) => n.clone(),
        MatrixValue::Text(t) => match l {
            Lang::Zh => t.zh.clone(),
            Lang::En => t.en.clone(),
        },
        MatrixValue::Support(s) => support_text(*s, l).to_string(),
        MatrixValue::Level(level, scale) => level_text(*level, *scale, l).to_string(),
        MatrixValue::Figure { text, unit } => match unit {
            Some(PerfUnit::Percent) => format!("{text}%"),
            Some(u) => format!("{text} {}", perf_unit_text(*u, l)),
            None => text.clone(),
        },
        MatrixValue::Price { amount, unit } => match amount {
            Amount::Known(_) => format!("{} / {}", amount.text(l), unit_text(l, *unit)),
            _ => unknown_text(l).to_string(),
        },
        MatrixValue::Money(m) => format!("{}{}", format::money_range(*m), tr(l, "/月", "/month")),
        MatrixValue::Unknown => unknown_text(l).to_string(),
    }
}

#[derive(Clone, Debug, PartialEq)]
struct MatrixVm {
    tables: Vec<MatrixTable>,
    lang: Lang,
}

#[component]
fn MatrixTab(catalog: &'static Catalog) -> impl IntoView {
    let lang = AppState::expect().lang;
    let tables = matrix_tables(catalog);
    let vm = Memo::new(move |_| MatrixVm {
        tables: tables.clone(),
        lang: lang.get(),
    });
    let pick = |l: Lang, t: &crate::domain::catalog::I18nText| match l {
        Lang::Zh => t.zh.clone(),
        Lang::En => t.en.clone(),
    };
    move || {
        vm.with(|vm| {
            let l = vm.lang;
            let sections = vm
                .tables
                .iter()
                .map(|t| {
                    let title_id = format!("matrix-{}", t.id);
                    let labelled_by = title_id.clone();
                    let head = t
                        .columns
                        .iter()
                        .map(|(_, name)| view! { <th scope="col">{pick(l, name)}</th> })
                        .collect_view();
                    let rows = t
                        .rows
                        .iter()
                        .map(|r| {
                            let cells = r
                                .cells
                                .iter()
                                .map(|c| match c {
                                    None => view! { <td class="muted">"—"</td> }.into_any(),
                                    Some(c) => {
                                        let note = c.note.as_ref().map(|n| view! { <span class="cell-note">{pick(l, n)}</span> });
                                        let src = c.source.as_ref().map(|s| match &c.source_url {
                                            Some(u) => view! { <a class="cell-src" href=u.clone() target="_blank" rel="noopener noreferrer" title=s.clone()>{tr(l, "来源", "source")}</a> }.into_any(),
                                            None => view! { <span class="cell-src" title=s.clone()>{tr(l, "来源：", "source: ")}{s.clone()}</span> }.into_any(),
                                        });
                                        view! { <td>{matrix_value_text(&c.value, l)}{note}{src}</td> }.into_any()
                                    }
                                })
                                .collect_view();
                            view! {
                                <tr data-testid=format!("matrix-row-{}-{}", t.id, r.id)>
                                    <th scope="row">{pick(l, &r.label)}</th>
                                    {cells}
                                </tr>
                            }
                        })
                        .collect_view();
                    let summary = t.summary.as_ref().map(|s| view! { <p class="matrix-summary">{pick(l, s)}</p> });
                    let source = match &t.source_url {
                        Some(u) => view! { <a href=u.clone() target="_blank" rel="noopener noreferrer">{t.source.clone()}</a> }.into_any(),
                        None => t.source.clone().into_any(),
                    };
                    view! {
                        <section class="matrix-section" aria-labelledby=labelled_by>
                            <h3 id=title_id>{pick(l, &t.title)}</h3>
                            <div class="table-scroll" role="region" tabindex="0" aria-label=pick(l, &t.title)>
                                <table class="catalog-table matrix-table" data-testid=format!("matrix-{}", t.id)>
                                    <thead>
                                        <tr>
                                            <th scope="col">{tr(l, "项目", "Item")}</th>
                                            {head}
                                        </tr>
                                    </thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                            {summary}
                            <p class="matrix-source">
                                {tr(l, "来源：", "Source: ")}{source}" · "{tr(l, "日期 ", "as of ")}{t.as_of.to_string()}
                            </p>
                        </section>
                    }
                })
                .collect_view();
            let projects = catalog.matrix.projects.iter().map(|p| {
                view! {
                    <tr>
                        <th scope="row">{p.name.clone()}</th>
                        <td class="num">{p.stars.to_text()}</td>
                        <td class="num">{p.forks.to_text()}</td>
                        <td class="num">{p.contributors.to_text()}</td>
                        <td>{pick(l, &p.activity)}</td>
                        <td class="src">{p.source.clone()}" · "{p.as_of.to_string()}</td>
                    </tr>
                }
            }).collect_view();
            let edges = catalog.matrix.edge_platforms.iter().map(|e| {
                view! {
                    <tr>
                        <th scope="row">{e.name.clone()}</th>
                        <td>{pick(l, &e.strengths)}</td>
                        <td>{pick(l, &e.weaknesses)}</td>
                        <td>{pick(l, &e.fits)}</td>
                        <td class="src">{e.source.clone()}" · "{e.as_of.to_string()}</td>
                    </tr>
                }
            }).collect_view();
            let has_projects = !catalog.matrix.projects.is_empty();
            let has_edges = !catalog.matrix.edge_platforms.is_empty();
            view! {
                <div class="matrix" data-testid="matrix">
                    {sections}
                    {has_projects.then(|| view! {
                        <section class="matrix-section" aria-labelledby="matrix-projects">
                            <h3 id="matrix-projects">{tr(l, "开源项目活跃度", "Open-source project activity")}</h3>
                            <div class="table-scroll" role="region" tabindex="0" aria-label=tr(l, "开源项目活跃度", "Open-source project activity")>
                                <table class="catalog-table">
                                    <thead><tr>
                                        <th scope="col">{tr(l, "项目", "Project")}</th>
                                        <th scope="col" class="num">"Stars"</th>
                                        <th scope="col" class="num">"Forks"</th>
                                        <th scope="col" class="num">{tr(l, "贡献者", "Contributors")}</th>
                                        <th scope="col">{tr(l, "活跃度", "Activity")}</th>
                                        <th scope="col">{tr(l, "来源", "Source")}</th>
                                    </tr></thead>
                                    <tbody>{projects}</tbody>
                                </table>
                            </div>
                        </section>
                    })}
                    {has_edges.then(|| view! {
                        <section class="matrix-section" aria-labelledby="matrix-edge">
                            <h3 id="matrix-edge">{tr(l, "CDN / 边缘 / PaaS 平台", "CDN, edge and PaaS platforms")}</h3>
                            <div class="table-scroll" role="region" tabindex="0" aria-label=tr(l, "CDN / 边缘 / PaaS 平台", "CDN, edge and PaaS platforms")>
                                <table class="catalog-table">
                                    <thead><tr>
                                        <th scope="col">{tr(l, "平台", "Platform")}</th>
                                        <th scope="col">{tr(l, "优势", "Strengths")}</th>
                                        <th scope="col">{tr(l, "不足", "Weaknesses")}</th>
                                        <th scope="col">{tr(l, "适合", "Fits")}</th>
                                        <th scope="col">{tr(l, "来源", "Source")}</th>
                                    </tr></thead>
                                    <tbody>{edges}</tbody>
                                </table>
                            </div>
                        </section>
                    })}
                </div>
            }
        })
    }
}
