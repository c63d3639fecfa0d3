//! Browser tests (wasm-bindgen-test in headless Chromium): mount the app, type into an input,
//! and check the DOM and the URL.
#![cfg(target_arch = "wasm32")]

use deploycalc::ui::App;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh app at `query` and returns its container (removed by the caller).
fn mount(query: &str) -> HtmlElement {
    mount_view(
        query,
        || leptos::view! { <App data=deploycalc_core::engine::embedded() /> },
    )
}

/// Mounts `view` in a fresh container with the page's query set to `query`.
fn mount_view<V: leptos::prelude::IntoView + 'static>(
    query: &str,
    view: impl FnOnce() -> V + 'static,
) -> HtmlElement {
    let w = web_sys::window().unwrap();
    let path = w.location().pathname().unwrap();
    w.history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
    let el: HtmlElement = doc().create_element("div").unwrap().unchecked_into();
    doc().body().unwrap().append_child(&el).unwrap();
    leptos::mount::mount_to(el.clone(), view).forget();
    el
}

fn by_testid(root: &Element, id: &str) -> Element {
    root.query_selector(&format!("[data-testid='{id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={id}"))
}

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

fn attr_f64(el: &Element, name: &str) -> f64 {
    el.get_attribute(name).unwrap().parse().unwrap()
}

#[wasm_bindgen_test]
async fn shows_the_ec2_gpu_total_from_the_catalog() {
    let root = mount("?v=1&lang=en");
    TimeoutFuture::new(50).await;
    let total = by_testid(&root, "total-s000-ec2-gpu");
    // 0.526 × 730 + 50 × 0.08 + 5 = 392.98; with Amplify's $10: 397.98
    assert!((attr_f64(&total, "data-low") - 392.98).abs() < 1e-6);
    assert!((attr_f64(&total, "data-high") - 397.98).abs() < 1e-6);
    assert_eq!(total.get_attribute("data-currency").as_deref(), Some("USD"));
    assert_eq!(total.text_content().unwrap(), "$392.98–$397.98");
    assert_eq!(
        by_testid(&root, "app-name").text_content().unwrap(),
        "DeployCalc · 部署方案计算器"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_users_updates_the_url_and_the_per_user_cost() {
    let root = mount("?v=1&lang=en");
    TimeoutFuture::new(50).await;
    let input: HtmlInputElement = by_testid(&root, "input-users").unchecked_into();
    assert_eq!(input.value(), "200", "initial value of input-users");
    type_into(&input, "400");
    TimeoutFuture::new(600).await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("u=400"), "{search}");
    // 392.98 / 400 = 0.98245 -> "$0.98"; 397.98 / 400 = 0.99495 -> "$0.99"
    let per_user = by_testid(&root, "per-user-s000-ec2-gpu")
        .text_content()
        .unwrap();
    assert_eq!(per_user, "$0.98–$0.99");
    root.remove();
}

#[wasm_bindgen_test]
async fn invalid_input_is_explained_and_not_applied() {
    let root = mount("?v=1&lang=zh&u=300");
    TimeoutFuture::new(50).await;
    let input: HtmlInputElement = by_testid(&root, "input-users").unchecked_into();
    type_into(&input, "12abc");
    TimeoutFuture::new(600).await;
    let err = by_testid(&root, "input-users-error");
    assert_eq!(err.text_content().unwrap(), "请输入数字");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(
        search.contains("u=300"),
        "the URL keeps the last valid value: {search}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn bad_url_parameters_are_listed() {
    let root = mount("?v=1&lang=en&u=-3&nope=1");
    TimeoutFuture::new(50).await;
    let items = root
        .query_selector_all("[data-testid='url-notice-item']")
        .unwrap();
    assert_eq!(items.length(), 2);
    let text = by_testid(&root, "url-notice").text_content().unwrap();
    assert!(
        text.contains("u=-3 — Must be between 0 and 1,000,000,000"),
        "{text}"
    );
    assert!(text.contains("nope=1 — unknown parameter"), "{text}");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_words_and_the_url() {
    let root = mount("?v=1&lang=en");
    TimeoutFuture::new(50).await;
    let zh: HtmlElement = by_testid(&root, "lang-zh").unchecked_into();
    zh.click();
    TimeoutFuture::new(100).await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("lang=zh"), "{search}");
    assert_eq!(
        by_testid(&root, "app-name").text_content().unwrap(),
        "部署方案计算器 DeployCalc"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_catalog_that_fails_to_load_shows_one_page_with_every_error() {
    use deploycalc::ui::widgets::load_error::LoadError;
    use leptos::prelude::*;
    let errors = vec![
        "prices/aws.json: bad".to_string(),
        "decisions/s000.json: worse".to_string(),
    ];
    let el = mount_view("?lang=en", move || view! { <LoadError errors=errors /> });
    TimeoutFuture::new(20).await;
    let page = by_testid(&el, "load-error");
    let alert = page
        .query_selector("[role='alert']")
        .unwrap()
        .expect("an alert");
    let text = alert.text_content().unwrap();
    assert!(
        text.starts_with("The built-in data (price catalog or decision trees) failed to load:"),
        "{text}"
    );
    let items = page.query_selector_all("li").unwrap();
    assert_eq!(items.length(), 2);
    assert_eq!(
        items.item(1).unwrap().text_content().unwrap(),
        "decisions/s000.json: worse"
    );
    // no half page: nothing of the calculator is rendered
    assert!(el
        .query_selector("[data-testid='total-s000-ec2-gpu']")
        .unwrap()
        .is_none());
    el.remove();
}
