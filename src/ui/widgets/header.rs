use crate::ui::i18n::{brand_alt, page_text, pages_label, t, Key};
use crate::ui::state::AppState;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::url::Page;
use leptos::prelude::*;

/// Product name, tagline and the language switch.
#[component]
pub fn Header() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let button = move |l: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                class="lang-btn"
                data-testid=format!("lang-{}", l.as_str())
                aria-pressed=move || (lang.get() == l).to_string()
                on:click=move |_| st.commit(true, |s| s.lang = Some(l))
            >
                {label}
            </button>
        }
    };
    let page = Memo::new(move |_| st.decoded.with(|d| d.0.page));
    let tab = move |p: Page| {
        view! {
            <button
                type="button"
                class="page-tab"
                data-testid=format!("nav-{}", p.as_str())
                aria-current=move || (page.get() == p).then_some("page")
                on:click=move |_| st.commit(true, |s| s.page = p)
            >
                {move || page_text(lang.get(), p)}
            </button>
        }
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <h1 data-testid="app-name">
                    {move || t(lang.get(), Key::AppName)}
                    <span class="brand-alt">
                        {move || brand_alt(lang.get())}
                    </span>
                </h1>
                <p class="tagline">{move || t(lang.get(), Key::Tagline)}</p>
            </div>
            <nav class="page-nav" aria-label=move || pages_label(lang.get())>
                {tab(Page::Compare)}
                {tab(Page::Decide)}
                {tab(Page::Catalog)}
            </nav>
            <div class="lang-switch" role="group" aria-label=move || t(lang.get(), Key::Language)>
                {button(Lang::Zh, "中文")}
                {button(Lang::En, "English")}
            </div>
        </header>
    }
}
