//! The shell: header, scenario form, results, assumptions.

use crate::ui::components::assumptions::Assumptions;
use crate::ui::components::catalog_page::CatalogPage;
use crate::ui::components::chart::provide_echarts;
use crate::ui::components::charts::CompareCharts;
use crate::ui::components::compare::{provide_compare, ComparisonTable};
use crate::ui::components::decide_page::DecidePage;
use crate::ui::components::header::Header;
use crate::ui::components::plan_card::Breakdowns;
use crate::ui::components::scenario_form::{
    ComponentToggles, CurrencySelect, FieldGroup, PurchaseSelect, RegionSelect, WorkloadPicker,
};
use crate::ui::components::share_bar::{EmbedBar, ShareBar};
use crate::ui::components::url_notice::UrlNotice;
use crate::ui::i18n::{t, Key};
use crate::ui::state::{AppState, UrlSync};
use deploycalc_core::model::scenario::{NumField, Scenario};
use deploycalc_core::url::Lang;
use deploycalc_core::url::Page;
use leptos::prelude::*;
use leptos_router::components::Router;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <UrlSync>
                <Shell />
            </UrlSync>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    provide_echarts();
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
fn ComparePage() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let _ = provide_compare();
    let broken = move || {
        st.catalog.as_ref().err().map(|errs| {
            view! {
                <div class="notice error" role="alert">
                    <p>{move || t(lang.get(), Key::CatalogBroken)}</p>
                    <ul>{errs.iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    use NumField::*;
    view! {
        <main class="layout" data-ready="true">
            <aside class="scenario" aria-labelledby="scenario-title">
                <h2 id="scenario-title">{move || t(lang.get(), Key::Scenario)}</h2>
                <WorkloadPicker />
                <FieldGroup title=("用量", "Usage") fields=&[Users, PeakConcurrency, ConversationHours, Requests] open=true />
                <FieldGroup title=("对话模型", "Conversation model") fields=&[TurnsPerMinute, InputTokensPerTurn, OutputTokensPerTurn, TtsCharsPerMinute] />
                <FieldGroup title=("数据", "Data") fields=&[StorageGb, DbGb, EgressGb, LogGb] />
                <FieldGroup
                    title=("地区与币种", "Region and currency")
                    fields=&[FxRate]
                    reset_extra=reset_region
                    open=true
                >
                    <RegionSelect />
                    <CurrencySelect />
                </FieldGroup>
                <FieldGroup
                    title=("购买方式", "Purchase options")
                    fields=&[GpuHoursPerDay, SpotShare]
                    reset_extra=reset_purchase
                >
                    <PurchaseSelect />
                </FieldGroup>
                <FieldGroup title=("要求", "Requirements") fields=&[LatencyTargetMs] />
                <ComponentToggles />
            </aside>
            <section class="results" aria-live="polite">
                <UrlNotice />
                {broken}
                <ComparisonTable />
                <CompareCharts />
                <Breakdowns />
            </section>
        </main>
    }
}

fn reset_region(s: &mut Scenario, preset: &Scenario) {
    s.region = preset.region;
    s.currency = preset.currency;
}

fn reset_purchase(s: &mut Scenario, preset: &Scenario) {
    s.purchase_option = preset.purchase_option;
    s.discounts.clear();
    s.overrides.clear();
}

#[component]
fn Footer() -> impl IntoView {
    let lang = AppState::expect().lang;
    view! {
        <footer class="site-footer">
            <Assumptions />
            <p class="lang-note">{move || if lang.get() == Lang::Zh { "DeployCalc · 所有计算都在本页完成，不发送任何请求" } else { "DeployCalc · everything is computed in this page; nothing is sent anywhere" }}</p>
        </footer>
    }
}
