fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_box();
    }));
    leptos::mount::mount_to_body(deploycalc::ui::App);
    #[cfg(debug_assertions)]
    debug_panic_trigger();
}

/// Debug builds only: `?__panic=1` panics once the app is mounted, so that the E2E suite can
/// see the crash box (tests/e2e/robust.test.mjs). Release builds do not contain this code.
#[cfg(debug_assertions)]
fn debug_panic_trigger() {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    if search
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == "__panic=1")
    {
        panic!("debug-only panic trigger (__panic=1)");
    }
}

/// A visible error box instead of a dead page, with a link that resets the scenario (the same
/// page without its query). Text only: nothing from the panic is rendered as HTML.
fn show_crash_box() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("crash-box").is_some() {
        return;
    }
    let (Ok(div), Ok(p), Ok(a), Some(body)) = (
        doc.create_element("div"),
        doc.create_element("p"),
        doc.create_element("a"),
        doc.body(),
    ) else {
        return;
    };
    let _ = div.set_attribute("id", "crash-box");
    let _ = div.set_attribute("role", "alert");
    let _ = div.set_attribute("data-testid", "crash-box");
    let _ = div.set_attribute("class", "notice error crash-box");
    p.set_text_content(Some(
        "出错了，页面无法继续计算。Something went wrong and the page stopped computing.",
    ));
    let _ = a.set_attribute("href", "./");
    // a full page load: without this the router takes the click for an in-app navigation,
    // which cannot happen once the app has panicked, and the link does nothing
    let _ = a.set_attribute("rel", "external");
    a.set_text_content(Some("重置场景 · Reset the scenario"));
    let _ = div.append_child(&p);
    let _ = div.append_child(&a);
    let _ = body.prepend_with_node_1(&div);
}
