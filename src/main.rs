fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_box();
    }));
    leptos::mount::mount_to_body(deploycalc::ui::App);
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
    a.set_text_content(Some("重置场景 · Reset the scenario"));
    let _ = div.append_child(&p);
    let _ = div.append_child(&a);
    let _ = body.prepend_with_node_1(&div);
}
