//! The decide page (`?view=decide`): the seeds' decision trees as a wizard, break-even points
//! and a growth timeline.

use crate::ui::state::AppState;
use leptos::prelude::*;

/// Placeholder until the decide page lands.
#[component]
pub fn DecidePage() -> impl IntoView {
    let _st = AppState::expect();
    view! { <section class="decide-page" data-testid="decide-page"></section> }
}
