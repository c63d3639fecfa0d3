//! The shell: header, scenario form, results, assumptions.

use crate::domain::scenario::NumField;
use crate::domain::share::Lang;
use crate::domain::share::Page;
use crate::ui::components::assumptions::Assumptions;
use crate::ui::components::catalog_page::CatalogPage;
use crate::ui::components::chart::provide_echarts;
use crate::ui::components::header::Header;
use crate::ui::components::plan_card::PlanCard;
use crate::ui::components::scenario_form::{CurrencySelect, NumInput};
use crate::ui::components::url_notice::UrlNotice;
use crate::ui::i18n::{t, Key};
use crate::ui::state::{AppState, UrlSync};
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
    let st = AppState::expect();
    let page = Memo::new(move |_| st.decoded.with(|d| d.0.page));
    view! {
        <Header />
        {move || match page.get() {
            Page::Compare => view! { <ComparePage /> }.into_any(),
            Page::Catalog => view! { <main class="layout-wide"><CatalogPage /></main> }.into_any(),
        }}
        <Footer />
    }
}

#[component]
fn ComparePage() -> impl IntoView {
    provide_echarts();
    let st = AppState::expect();
    let lang = st.lang;
    let results =
        move || {
            match st.catalog {
        Ok(c) => c.plans.iter().map(|p| view! { <PlanCard plan=p /> }).collect_view().into_any(),
        Err(errs) => view! {
            <div class="notice error" role="alert">
                <p>{move || t(lang.get(), Key::CatalogBroken)}</p>
                <ul>{errs.iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}</ul>
            </div>
        }
        .into_any(),
    }
        };
    view! {
        <main class="layout" data-ready="true">
            <aside class="scenario" aria-labelledby="scenario-title">
                <h2 id="scenario-title">{move || t(lang.get(), Key::Scenario)}</h2>
                <p class="workload">{move || t(lang.get(), Key::WorkloadS000)}</p>
                <NumInput field=NumField::Users label=Key::Users unit=Key::UsersUnit help=Key::UsersHelp />
                <CurrencySelect />
            </aside>
            <section class="results" aria-live="polite">
                <UrlNotice />
                {results}
            </section>
        </main>
    }
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
