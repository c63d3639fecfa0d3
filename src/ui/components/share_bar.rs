//! Share, embed and export controls for the comparison (copy link, embed dialog, CSV / JSON /
//! Markdown export, custom prices).

use crate::ui::state::AppState;
use leptos::prelude::*;

/// Placeholder until the share bar lands.
#[component]
pub fn ShareBar() -> impl IntoView {
    let _st = AppState::expect();
    view! { <div class="share-bar" data-testid="share-bar"></div> }
}

/// In embed mode: a small link that opens the same scenario in the full calculator.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let _st = AppState::expect();
    view! { <div class="embed-bar" data-testid="embed-bar"></div> }
}
