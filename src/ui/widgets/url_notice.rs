use crate::ui::i18n::{t, url_problem_text, Key};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Lists every URL parameter that was not applied, with the reason. Text only.
#[component]
pub fn UrlNotice() -> impl IntoView {
    let st = AppState::expect();
    let issues = Memo::new(move |_| st.decoded.with(|d| d.1.clone()));
    view! {
        <Show when=move || issues.with(|i| !i.is_empty())>
            <div class="notice" role="status" data-testid="url-notice">
                <p>{move || t(st.lang.get(), Key::UrlNoticeTitle)}</p>
                <ul>
                    {move || {
                        let lang = st.lang.get();
                        issues
                            .get()
                            .into_iter()
                            .map(|i| {
                                view! {
                                    <li data-testid="url-notice-item">
                                        <code>{format!("{}={}", i.key, i.value)}</code>
                                        " — "
                                        {url_problem_text(lang, &i.problem)}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
