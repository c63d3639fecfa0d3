//! Progressive mount. The parts of a page below the first screen (charts, breakdowns, the
//! custom-prices panel, the assumptions) render after the rest, each in its own task, so that
//! no single task blocks a phone's main thread for long. Meanwhile the prerendered page
//! (crates/prerender) stays on screen and the app's own nodes stay hidden (`html.dc-mounting`,
//! style/main.css); when the last part has rendered, [`reveal`] swaps them in one task, so
//! nothing moves and nothing is drawn twice.

use leptos::prelude::*;
use std::time::Duration;

/// How many [`Later`] parts are still to render. Provided by the shell.
#[derive(Clone, Copy)]
pub struct Pending(RwSignal<u32>);

/// Provides [`Pending`], and reveals the app once nothing is pending.
pub fn provide_pending() {
    let pending = RwSignal::new(0u32);
    provide_context(Pending(pending));
    Effect::new(move |_| {
        if pending.get() == 0 {
            reveal();
        }
    });
}

/// `children`, rendered in a task of their own after the first render (at once without a
/// browser: the build-time prerender has the whole page).
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(cfg!(not(target_arch = "wasm32")));
    if !shown.get_untracked() {
        let pending = use_context::<Pending>();
        if let Some(Pending(p)) = pending {
            p.update(|n| *n += 1);
        }
        set_timeout(
            move || {
                shown.set(true);
                if let Some(Pending(p)) = pending {
                    p.update(|n| *n = n.saturating_sub(1));
                }
            },
            Duration::ZERO,
        );
    }
    move || shown.get().then(|| children())
}

/// `children`, rendered after the app has replaced the prerendered page, `delay` later, in a
/// task of their own: for long lists whose first part is enough for the first screen, so that
/// the rest is laid out in steps rather than in the one task that reveals the page. At once
/// without a browser.
#[component]
pub fn AfterReveal(delay: Duration, children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(cfg!(not(target_arch = "wasm32")));
    if !shown.get_untracked() {
        let pending = use_context::<Pending>().map(|Pending(p)| p);
        Effect::new(move |scheduled: Option<bool>| {
            if scheduled == Some(true) {
                return true;
            }
            let ready = pending.is_none_or(|p| p.get() == 0);
            if ready {
                set_timeout(move || shown.set(true), delay);
            }
            ready
        });
    }
    move || shown.get().then(|| children())
}

/// Shows the app in place of the prerendered page, in one task: removes `#dc-pre` and the
/// marks on `<html>` (first-paint.js's and `dc-mounting`). Idempotent.
pub fn reveal() {
    #[cfg(target_arch = "wasm32")]
    {
        let doc = document();
        if let Some(pre) = doc.get_element_by_id("dc-pre") {
            pre.remove();
        }
        if let Some(root) = doc.document_element() {
            let classes = root.class_list();
            if classes.contains("dc-mounting") {
                // every "dc-…" mark: dc-mounting, and first-paint.js's dc-pending, dc-other,
                // dc-decide, dc-catalog, dc-wl, dc-wl-<workload>
                let marks: Vec<String> = (0..classes.length())
                    .filter_map(|i| classes.item(i))
                    .filter(|c| c.starts_with("dc-"))
                    .collect();
                for mark in marks {
                    let _ = classes.remove_1(&mark);
                }
                crate::ui::state::perf_mark("dc-mounted");
                // a page tab that led here from another page's bundle gets the focus back
                crate::ui::bundle::restore_focus();
            }
        }
    }
}
