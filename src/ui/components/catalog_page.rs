//! The catalog browser (`?page=catalog`): prices, performance records and the provider matrix.

use crate::ui::state::AppState;
use leptos::prelude::*;

/// Placeholder until the catalog browser lands.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let _st = AppState::expect();
    view! { <section class="catalog-page" data-testid="catalog-page"></section> }
}
