//! Sections below the first screen that follow the page's state in the browser's idle time.
//!
//! An input updates the URL, and everything that reads the state updates in the same task:
//! the plan totals, and also the charts' data, the breakdowns and the sizing panel, which on
//! a first screen are out of sight. Inside [`Lagging`] the state and the comparison are copies
//! that follow the page's own in the next idle moment (see `browser::when_idle`), so that the
//! frame after an input carries what is on screen; while the section is on or near the screen
//! (see `near`) the copies are the page's own, and it updates in that same frame.

use super::model::{use_compare, CompareModel};
use crate::ui::browser::when_idle;
use crate::ui::state::AppState;
use crate::ui::widgets::near::{observe, provide_watched_section, NEAR_MARGIN};
use leptos::prelude::*;

/// When the copies inside one [`Lagging`] section follow the page's state.
#[derive(Clone, Copy)]
pub struct Lag {
    /// The section is on or near the screen: the copies are the page's own memos.
    near: RwSignal<bool>,
    /// Bumped in the idle moment after a change: the copies catch up, all at once.
    caught_up: RwSignal<u64>,
}

impl Lag {
    /// A copy of `src` that follows it when the section catches up, or at once while near.
    pub fn follow<T: Clone + PartialEq + Send + Sync + 'static>(self, src: Memo<T>) -> Memo<T> {
        Memo::new(move |_| {
            if self.near.get() {
                src.get()
            } else {
                self.caught_up.track();
                src.get_untracked()
            }
        })
    }
}

/// `children` (one section below the first screen, its `<section>` given
/// `near::section_ref()`), with the state and the comparison as copies that follow the page's in
/// idle time while the section is away from the screen. Without a browser (the prerender)
/// they are the page's own.
#[component]
pub fn Lagging(children: Children) -> impl IntoView {
    let live = AppState::expect();
    let lag = Lag {
        near: RwSignal::new(cfg!(not(target_arch = "wasm32"))),
        caught_up: RwSignal::new(0),
    };
    let scheduled = StoredValue::new(false);
    // after each change while away from the screen: catch up once the browser is idle
    Effect::new(move |_| {
        live.decoded.track();
        if lag.near.get_untracked() || scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        when_idle(move || {
            scheduled.try_set_value(false);
            lag.caught_up.try_update(|n| *n += 1);
        });
    });
    // (not found by its heading's id: the prerendered page, with the same ids, is still in
    // the document when the app renders)
    let section = provide_watched_section();
    Effect::new(move |_| {
        if let Some(el) = section.get() {
            observe(&el, Some(NEAR_MARGIN), move |near| lag.near.set(near));
        }
    });
    let compare: Memo<Option<CompareModel>> = lag.follow(use_compare());
    provide_context(live.with_state(
        lag.follow(live.decoded),
        lag.follow(live.scenario),
        lag.follow(live.lang),
    ));
    provide_context(compare);
    children()
}
