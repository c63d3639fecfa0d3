use crate::ui::i18n::{fx_assumption_text, t, Key};
use crate::ui::state::AppState;
use deploycalc_core::model::money::HOURS_PER_MONTH;
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
