//! The sizing panel (issue #16 items 3–4): model, precision, hardware, billing, context,
//! latency targets, headroom and the API weighed against, committed to the URL (`zm`, `zq`,
//! `zi`, …); the results, or what is wrong with the fixes that would work; the assumptions
//! and sources. Everything shown comes from `deploycalc_core::report::sizing::SizingView`.

mod inputs;
mod results;

use crate::ui::i18n::{sizing_heading, SizingHeading};
use crate::ui::state::AppState;
use crate::ui::widgets::near::section_ref;
use deploycalc_core::report::sizing::SizingView;
use leptos::prelude::*;

/// The panel's view for the current URL and language (`None`: a catalog without the default
/// model or hardware, which validation rules out).
pub(crate) fn use_sizing() -> Memo<Option<SizingView>> {
    let st = AppState::expect();
    Memo::new(move |_| {
        let lang = st.lang.get();
        st.decoded
            .with(|d| SizingView::build(st.catalog, &d.0.scenario, &d.0.sizing, lang))
    })
}

/// The panel. Not part of the build-time prerender (`crates/prerender`, no browser): it sits
/// below the first screen, and its options and sources in each of the prerender's twelve
/// copies would add tens of KB (gzip) to the first paint; it appears when the app mounts.
#[component]
pub fn SizingPanel() -> impl IntoView {
    if cfg!(not(target_arch = "wasm32")) {
        return ().into_any();
    }
    panel().into_any()
}

fn panel() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let v = use_sizing();
    let text = move |f: fn(&SizingView) -> &'static str| move || v.with(|v| v.as_ref().map(f));
    view! {
        <section class="sizing-panel" data-testid="sizing-panel" aria-labelledby="sizing-title" node_ref=section_ref()>
            <h2 id="sizing-title">{text(|v| v.title)}</h2>
            <p class="sizing-intro">{text(|v| v.intro)}</p>
            <inputs::SizingInputs view=v />
            // a live region around the list: `status` is not a role a <ul> may take
            <div role="status">
                <ul class="sizing-notices" data-testid="sizing-notices">
                    {move || v.with(|v| {
                        v.iter()
                            .flat_map(|v| v.notices.clone())
                            .map(|n| view! { <li>{n}</li> })
                            .collect_view()
                    })}
                </ul>
            </div>
            <results::SizingProblem view=v />
            <results::SizingResults view=v />
            <details class="sizing-more" data-testid="sizing-assumptions">
                <summary>{move || sizing_heading(lang.get(), SizingHeading::Assumptions)}</summary>
                <dl class="sizing-assumptions">
                    {move || v.with(|v| {
                        v.iter()
                            .flat_map(|v| v.assumptions.clone())
                            .map(|(k, val)| view! { <dt>{k}</dt><dd>{val}</dd> })
                            .collect_view()
                    })}
                </dl>
            </details>
            <results::SizingSources view=v />
        </section>
    }
}
