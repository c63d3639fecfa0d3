use crate::ui::i18n::{
    confidence_text, counted, freshness_head, freshness_link, freshness_summary_lead,
    fx_assumption_text, t, FreshnessHead, Key,
};
use crate::ui::state::AppState;
use crate::ui::widgets::freshness_badge::freshness_badge;
use deploycalc_core::model::catalog::Confidence;
use deploycalc_core::model::money::HOURS_PER_MONTH;
use deploycalc_core::report::freshness::{freshness_report, Freshness};
use deploycalc_core::url::{encode, Page};
use leptos::prelude::*;

/// The named constants behind every figure.
#[component]
pub fn Assumptions() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let fx_line = move || {
        let s = st.scenario.get();
        fx_assumption_text(lang.get(), s.fx_rate, Some(st.catalog.default_fx()))
    };
    let catalog_line = move || {
        let as_of = st.catalog.meta.as_of.to_string();
        format!("{}: {}", t(lang.get(), Key::AssumeCatalog), as_of)
    };
    view! {
        <section class="assumptions" data-testid="assumptions">
            <h2>{move || t(lang.get(), Key::Assumptions)}</h2>
            <ul>
                <li data-hours=HOURS_PER_MONTH.to_string()>{move || t(lang.get(), Key::AssumeHours)}</li>
                <li>{fx_line}</li>
                <li>{catalog_line}</li>
                <FreshnessSummary />
                <li>{move || t(lang.get(), Key::AssumeRange)}</li>
                <li>
                    <button
                        type="button"
                        class="link-btn"
                        data-testid="assumptions-catalog"
                        on:click=move |_| st.commit(true, |u| u.page = deploycalc_core::url::Page::Catalog)
                    >
                        {move || crate::ui::i18n::tr(lang.get(), "查看全部价格、来源和日期（价格目录）→", "See every price with its source and date (catalog) →")}
                    </button>
                </li>
            </ul>
        </section>
    }
}

/// The price records by age band and by confidence, counted to the catalog's date, with a
/// link to the catalog's freshness tab (the table by source).
#[component]
fn FreshnessSummary() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let report = freshness_report(st.catalog);
    let href = Memo::new(move |_| {
        let mut to = st.decoded.with(|d| d.0.clone());
        to.page = Page::Catalog;
        format!("?{}#freshness", encode(&to))
    });
    move || {
        let l = lang.get();
        let total = report.total?;
        let bands = Freshness::ALL
            .map(|f| {
                view! {
                    <span class="fresh-band" data-testid=format!("summary-{}", f.as_str())>
                        {freshness_badge(l, f)}" "{total.by_freshness.get(f)}
                    </span>
                }
            })
            .collect_view();
        let conf = Confidence::ALL
            .map(|c| counted(l, confidence_text(l, c), total.by_confidence.get(c)))
            .join(" · ");
        let conf = format!("{}: {conf}", freshness_head(l, FreshnessHead::ByConfidence));
        Some(view! {
            <li class="fresh-summary" data-testid="fresh-summary">
                {freshness_summary_lead(l, report.as_of, total.records)}": "
                <span class="fresh-bands-inline">{bands}</span>
                <span class="fresh-conf" data-testid="summary-confidence">{conf}</span>
                <a class="fresh-link" href=move || href.get() rel=crate::ui::bundle::rel_to(Page::Catalog) data-testid="assumptions-freshness">
                    {freshness_link(l)}
                </a>
            </li>
        })
    }
}
