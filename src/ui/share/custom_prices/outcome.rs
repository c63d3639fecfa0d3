//! What the last import did: applied (how many prices), or refused with every problem.

use crate::ui::i18n::{import_applied, import_file_word, import_refused, problem_text};
use deploycalc_core::model::custom_prices::ImportError;
use leptos::prelude::*;

/// The outcome of the last import.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Outcome {
    Applied {
        file: String,
        count: usize,
    },
    Refused {
        file: String,
        errors: Vec<ImportError>,
    },
}

/// The outcome of the last import, if any.
#[component]
pub(super) fn OutcomeView(outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let lang = crate::ui::state::AppState::expect().lang;
    move || {
        let lang = lang.get();
        outcome.get().map(|o| match o {
            Outcome::Applied { file, count } => view! {
                <p class="import-ok" role="status" data-testid="overrides-applied">
                    {import_applied(lang, &file, count)}
                </p>
            }
            .into_any(),
            Outcome::Refused { file, errors } => view! {
                <div class="notice error" role="alert" data-testid="overrides-errors">
                    <p>
                        {import_refused(lang, &file, errors.len())}
                    </p>
                    <ul>
                        {errors
                            .into_iter()
                            .map(|e| {
                                let record = if e.record.is_empty() {
                                    import_file_word(lang).to_string()
                                } else {
                                    e.record.clone()
                                };
                                view! {
                                    <li data-testid="overrides-error">
                                        <code>{record}</code>
                                        " — "
                                        {problem_text(lang, &e.problem)}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
            .into_any(),
        })
    }
}
