//! The fresh / aging / stale badge: its word is always shown, the colour only repeats it.

use crate::ui::i18n::freshness_text;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::freshness::Freshness;
use leptos::prelude::*;

pub fn freshness_badge(lang: Lang, f: Freshness) -> impl IntoView {
    view! {
        <span class=format!("badge fresh-{}", f.as_str()) data-freshness=f.as_str()>
            {freshness_text(lang, f)}
        </span>
    }
}
