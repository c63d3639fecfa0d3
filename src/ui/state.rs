//! One source of truth: the URL. The scenario, the language and the rejected parameters are
//! memos derived from the router's location; inputs write back with replaceState.

use crate::ui::bundle;
use deploycalc_core::engine::decision::DecisionTree;
use deploycalc_core::engine::Embedded;
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::url::{self, UrlIssue, UrlState};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// What every component needs; provided as context by [`UrlSync`].
#[derive(Clone, Copy)]
pub struct AppState {
    pub decoded: Memo<(UrlState, Vec<UrlIssue>)>,
    pub scenario: Memo<Scenario>,
    pub lang: Memo<Lang>,
    /// Loaded and checked once before the app mounts (see `App`): no component handles a
    /// missing catalog.
    pub catalog: &'static Catalog,
    /// The decision trees, loaded and checked with the catalog.
    pub trees: &'static [DecisionTree],
    pathname: Memo<String>,
    navigate: StoredValue<Navigate, LocalStorage>,
    /// The URL's state as it is now, for [`AppState::commit`]: `decoded` may be a copy that
    /// follows it later (see [`AppState::with_state`]).
    current: Memo<(UrlState, Vec<UrlIssue>)>,
}

impl AppState {
    pub fn expect() -> AppState {
        expect_context::<AppState>()
    }

    /// A state that never changes, for rendering without a browser (the build-time
    /// prerender, `crates/prerender`): the scenario of the query `search` in `lang`, at the
    /// site's root; a commit goes nowhere.
    pub fn fixed(data: Embedded, search: &str, lang: Lang) -> AppState {
        let decoded = url::decode(search);
        let scenario = decoded.0.scenario.clone();
        let decoded_memo = Memo::new(move |_| decoded.clone());
        AppState {
            decoded: decoded_memo,
            scenario: Memo::new(move |_| scenario.clone()),
            lang: Memo::new(move |_| lang),
            catalog: data.catalog,
            trees: data.trees,
            pathname: Memo::new(|_| "/".to_string()),
            navigate: StoredValue::new_local(Box::new(|_: &str, _| {}) as Navigate),
            current: decoded_memo,
        }
    }

    /// This state read through other memos (copies of `decoded`, `scenario` and `lang` that
    /// follow them later, for a section below the first screen); commits still apply to the
    /// URL's state as it is now.
    pub fn with_state(
        self,
        decoded: Memo<(UrlState, Vec<UrlIssue>)>,
        scenario: Memo<Scenario>,
        lang: Memo<Lang>,
    ) -> AppState {
        AppState {
            decoded,
            scenario,
            lang,
            ..self
        }
    }

    /// Applies `change` to the current state and writes it to the URL. `push` adds a history
    /// entry (a deliberate step); otherwise the current entry is replaced (typing).
    pub fn commit(&self, push: bool, change: impl FnOnce(&mut UrlState)) {
        perf_mark("dc-commit");
        let mut state = self.current.get_untracked().0;
        change(&mut state);
        let path = format!("{}?{}", self.pathname.get_untracked(), url::encode(&state));
        // another page's bundle: a full navigation to the same URL (see `ui::bundle`)
        if !bundle::has_page(state.page) && bundle::load(&path, !push) {
            return;
        }
        let options = NavigateOptions {
            resolve: false,
            replace: !push,
            scroll: false,
            ..Default::default()
        };
        self.navigate.with_value(|nav| nav(&path, options));
    }
}

/// `performance.mark(name)`, for the in-browser benchmark (input -> updated). Silent when the
/// Performance API is missing.
pub fn perf_mark(name: &str) {
    use wasm_bindgen::JsCast;
    let global = js_sys::global();
    let Ok(perf) = js_sys::Reflect::get(&global, &"performance".into()) else {
        return;
    };
    if let Ok(mark) = js_sys::Reflect::get(&perf, &"mark".into()) {
        if let Ok(f) = mark.dyn_into::<js_sys::Function>() {
            let _ = f.call1(&perf, &name.into());
        }
    }
}

pub fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::Zh)
}

/// Creates the [`AppState`] from the router's location. Must sit inside a `<Router>`.
#[component]
pub fn UrlSync(data: Embedded, children: Children) -> impl IntoView {
    let location = use_location();
    let search = location.search;
    let decoded = Memo::new(move |_| url::decode(&search.get()));
    let scenario = Memo::new(move |_| decoded.with(|d| d.0.scenario.clone()));
    let fallback = browser_lang();
    let lang = Memo::new(move |_| decoded.with(|d| d.0.lang).unwrap_or(fallback));
    let nav = use_navigate();
    let state = AppState {
        decoded,
        scenario,
        lang,
        catalog: data.catalog,
        trees: data.trees,
        pathname: location.pathname,
        navigate: StoredValue::new_local(Box::new(nav) as Navigate),
        current: decoded,
    };
    provide_context(state);
    // keep <html lang> in step, for screen readers and fonts
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", if l == Lang::Zh { "zh-CN" } else { "en" });
        }
    });
    children()
}
