//! The panel's results (one row each, `sizing-<name>`), the problem box with its fixes
//! (`sizing-error`, `sizing-fix-<n>`) and the sources.

use crate::ui::i18n::{sizing_heading, SizingHeading};
use crate::ui::state::AppState;
use deploycalc_core::report::sizing::{Fix, SizingView};
use leptos::prelude::*;

#[component]
pub(super) fn SizingResults(view: Memo<Option<SizingView>>) -> impl IntoView {
    let lang = AppState::expect().lang;
    let rows =
        Memo::new(move |_| view.with(|v| v.as_ref().map(|v| v.rows.clone()).unwrap_or_default()));
    let meaning = move || view.with(|v| v.as_ref().and_then(|v| v.meaning.clone()));
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <h3 class="sizing-sub">{move || sizing_heading(lang.get(), SizingHeading::Results)}</h3>
            <dl class="sizing-results" data-testid="sizing-results">
                {move || rows
                    .get()
                    .into_iter()
                    .map(|r| view! {
                        <div class="sizing-row" data-testid=format!("sizing-{}", r.row.as_str())>
                            <dt>{r.label}</dt>
                            <dd>{r.value}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
            <p class="sizing-meaning" data-testid="sizing-meaning">{meaning}</p>
        </Show>
    }
}

fn fix_button(st: AppState, n: usize, f: Fix) -> impl IntoView {
    let params = f.params.clone();
    view! {
        <li>
            <button
                type="button"
                class="sizing-fix"
                data-testid=format!("sizing-fix-{n}")
                on:click=move |_| {
                    let p = params.clone();
                    st.commit(true, move |u| u.sizing = p);
                }
            >
                {f.label}
            </button>
        </li>
    }
}

#[component]
pub(super) fn SizingProblem(view: Memo<Option<SizingView>>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let problem = Memo::new(move |_| view.with(|v| v.as_ref().and_then(|v| v.problem.clone())));
    move || {
        problem.get().map(|p| {
            let fixes = p
                .fixes
                .into_iter()
                .enumerate()
                .map(|(n, f)| fix_button(st, n, f))
                .collect_view();
            view! {
                <div class="sizing-error" role="alert" data-testid="sizing-error">
                    <h3 class="sizing-sub">{sizing_heading(lang.get_untracked(), SizingHeading::Problem)}</h3>
                    <p>{p.sentence}</p>
                    <p class="sizing-fixes-title">{p.no_fix.unwrap_or(sizing_heading(lang.get_untracked(), SizingHeading::Fixes))}</p>
                    <ul class="sizing-fixes">{fixes}</ul>
                </div>
            }
        })
    }
}

#[component]
pub(super) fn SizingSources(view: Memo<Option<SizingView>>) -> impl IntoView {
    let lang = AppState::expect().lang;
    view! {
        <details class="sizing-more" data-testid="sizing-sources">
            <summary>{move || sizing_heading(lang.get(), SizingHeading::Sources)}</summary>
            <ul class="sizing-sources">
                {move || view.with(|v| {
                    v.iter()
                        .flat_map(|v| v.sources.clone())
                        .map(|s| view! {
                            <li>
                                <span class="sizing-source-role">{s.role}</span>
                                " "<code>{s.id}</code>" — "{s.source}" ("{s.as_of}")"
                            </li>
                        })
                        .collect_view()
                })}
            </ul>
        </details>
    }
}
