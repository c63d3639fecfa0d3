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
/// the rest is laid out in steps rather than in the one task that reveals the page. With
/// `when`, not before it is true as well (see [`wanted_near`]). At once without a browser.
#[component]
pub fn AfterReveal(
    delay: Duration,
    #[prop(optional, into)] when: Option<Signal<bool>>,
    children: ChildrenFn,
) -> impl IntoView {
    let shown = RwSignal::new(cfg!(not(target_arch = "wasm32")));
    if !shown.get_untracked() {
        let pending = use_context::<Pending>().map(|Pending(p)| p);
        Effect::new(move |scheduled: Option<bool>| {
            if scheduled == Some(true) {
                return true;
            }
            let ready = pending.is_none_or(|p| p.get() == 0) && when.is_none_or(|w| w.get());
            if ready {
                set_timeout(move || shown.set(true), delay);
            }
            ready
        });
    }
    move || shown.get().then(|| children())
}

/// A flag that turns true, for good, once the element of `node` is on the screen or the reader
/// first acts on the page (a key, a pointer, a wheel or a touch: the start of a scroll, of
/// find-in-page, of a tab through the page). For content below the first screen that costs
/// much to lay out (the price table's later rows): it is laid out when it may be needed, not
/// while the page loads. True at once without IntersectionObserver.
pub fn wanted_near(node: NodeRef<leptos::html::Div>) -> Signal<bool> {
    let wanted = RwSignal::new(false);
    #[cfg(target_arch = "wasm32")]
    watch_wanted(node, wanted);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = node;
        wanted.set(true);
    }
    wanted.into()
}

#[cfg(target_arch = "wasm32")]
fn watch_wanted(node: NodeRef<leptos::html::Div>, wanted: RwSignal<bool>) {
    let acts = [
        window_event_listener(leptos::ev::keydown, move |_| wanted.set(true)),
        window_event_listener(leptos::ev::pointerdown, move |_| wanted.set(true)),
        window_event_listener(leptos::ev::wheel, move |_| wanted.set(true)),
        window_event_listener(leptos::ev::touchstart, move |_| wanted.set(true)),
    ];
    let acts = StoredValue::new_local(Some(acts));
    let stop = move || {
        if let Some(acts) = acts.try_update_value(Option::take).flatten() {
            acts.into_iter().for_each(|a| a.remove());
        }
    };
    Effect::new(move |_| {
        if wanted.get() {
            stop();
            return;
        }
        let Some(el) = node.get() else {
            return;
        };
        super::near::observe(&el, None, move |seen| {
            if seen {
                wanted.set(true);
            }
        });
    });
    on_cleanup(stop);
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
