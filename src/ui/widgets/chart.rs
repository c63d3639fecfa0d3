//! Charts through charming. ECharts (vendored) is loaded when the first chart comes near the
//! screen, and a chart is drawn only while it is near the screen: a phone that never scrolls
//! to the charts never pays for them, and an input updates only the charts in view (the
//! others catch up when they come into view). Each chart keeps one ECharts handle and updates
//! its option in place.

use super::near::{observe, NEAR_MARGIN};
use crate::ui::i18n::{t, Key};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Whether the `echarts` global is available, and whether it has been asked for. Provided by
/// [`provide_echarts`].
#[derive(Clone, Copy)]
pub struct EchartsReady {
    pub ready: RwSignal<bool>,
    requested: StoredValue<bool>,
}

impl EchartsReady {
    /// Starts loading ECharts, once.
    fn request(&self) {
        if self.requested.get_value() {
            return;
        }
        self.requested.set_value(true);
        load_script(self.ready);
    }
}

/// Where the vendored ECharts is served, relative to the page (works under any sub-path): the
/// custom build with only the chart types and components the charts use
/// (`scripts/build-echarts.mjs`, copied from `vendor-build/` by index.html).
pub const ECHARTS_SRC: &str = "vendor/echarts.min.js";

#[cfg(not(target_arch = "wasm32"))]
fn echarts_present() -> bool {
    // rendering without a browser (the build-time prerender): charts are their empty boxes
    false
}

#[cfg(target_arch = "wasm32")]
fn echarts_present() -> bool {
    js_sys::Reflect::has(
        &js_sys::global(),
        &wasm_bindgen::JsValue::from_str("echarts"),
    )
    .unwrap_or(false)
}

/// Provides [`EchartsReady`]; the first chart near the screen loads ECharts.
pub fn provide_echarts() {
    let present = echarts_present();
    provide_context(EchartsReady {
        ready: RwSignal::new(present),
        // without a browser (the build-time prerender) nothing is ever loaded
        requested: StoredValue::new(present || cfg!(not(target_arch = "wasm32"))),
    });
}

/// Sets `near` whenever the element of `node` comes within [`NEAR_MARGIN`] of the screen, or
/// leaves it (disconnected with the component).
fn watch_near(node: NodeRef<leptos::html::Div>, near: RwSignal<bool>) {
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            observe(&el, Some(NEAR_MARGIN), move |is_near| near.set(is_near));
        }
    });
}

fn load_script(ready: RwSignal<bool>) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let doc = document();
    let Ok(el) = doc.create_element("script") else {
        return;
    };
    let Ok(script) = el.dyn_into::<web_sys::HtmlScriptElement>() else {
        return;
    };
    script.set_src(ECHARTS_SRC);
    script.set_async(true);
    let onload = Closure::once_into_js(move || ready.set(echarts_present()));
    script.set_onload(Some(onload.unchecked_ref()));
    if let Some(head) = doc.head() {
        let _ = head.append_child(&script);
    }
}

/// The ECharts instance of one chart element.
#[cfg(target_arch = "wasm32")]
type Handle = wasm_bindgen::JsValue;
#[cfg(not(target_arch = "wasm32"))]
type Handle = ();

/// Renders `chart` into the element `id`, creating the ECharts instance only once. The option
/// crosses into JavaScript as one JSON string (`JSON.parse` there) rather than as an object
/// built field by field through serde-wasm-bindgen: one call instead of thousands.
fn draw(handle: &mut Option<Handle>, id: &str, chart: &charming::Chart) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{JsCast, JsValue};
        let method = |target: &JsValue, name: &str| {
            js_sys::Reflect::get(target, &name.into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        };
        let Ok(json) = serde_json::to_string(chart) else {
            return;
        };
        let Ok(option) = js_sys::JSON::parse(&json) else {
            return;
        };
        if handle.is_some() {
            // an update is drawn at once: animating it costs ECharts about as much again as the
            // update itself, on every input (the first draw keeps its entry animation)
            let _ = js_sys::Reflect::set(&option, &"animation".into(), &JsValue::FALSE);
        } else {
            let Ok(echarts) = js_sys::Reflect::get(&js_sys::global(), &"echarts".into()) else {
                return;
            };
            let (Some(el), Some(init)) =
                (document().get_element_by_id(id), method(&echarts, "init"))
            else {
                return;
            };
            // default theme, size from the element (as charming's WasmRenderer::new_opt(None, None))
            *handle = init
                .call3(&echarts, &el, &"".into(), &js_sys::Object::new())
                .ok();
        }
        if let Some(h) = handle.as_ref() {
            if let Some(set_option) = method(h, "setOption") {
                let _ = set_option.call1(h, &option);
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (handle, id, chart);
    }
}

/// A chart element that keeps one ECharts handle and updates it in place when `chart` changes.
#[component]
pub fn ChartFigure(
    /// `chart-<name>` is the element id (and the test id unless `testid` is given).
    #[prop(into)]
    name: String,
    /// The test id, when several charts of one kind share it.
    #[prop(optional)]
    testid: Option<&'static str>,
    title: Signal<String>,
    chart: Memo<Option<charming::Chart>>,
    /// The text alternative: the data the chart is drawn from, as a table (in a caption),
    /// built when the reader first opens it (always in the prerender, for `<noscript>`).
    #[prop(optional)]
    children: Option<ChildrenFn>,
) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let echarts = use_context::<EchartsReady>();
    let ready = echarts.map(|e| e.ready);
    let id = format!("chart-{name}");
    let handle: StoredValue<Option<Handle>, LocalStorage> = StoredValue::new_local(None);
    let node = NodeRef::<leptos::html::Div>::new();
    let near = RwSignal::new(false);
    watch_near(node, near);
    let el_id = id.clone();
    // a draw waiting for the next frame (several inputs before it make one draw)
    let waiting = StoredValue::new_local(false);
    Effect::new(move |_| {
        // away from the screen the chart's option is not even computed: it is drawn, up to
        // date, when it comes near
        if !near.get() {
            return;
        }
        let Some(echarts) = echarts else {
            return;
        };
        echarts.request();
        if !echarts.ready.get() {
            return;
        }
        chart.track();
        if waiting.get_value() {
            return;
        }
        waiting.set_value(true);
        // ECharts' redraw (~5 ms a chart on this machine, four on a tall screen) in a task
        // after the frame that shows the input's totals, not before it; the option is read
        // then, so the draw is of the latest input
        let el_id = el_id.clone();
        crate::ui::browser::after_paint(move || {
            // the chart was disposed meanwhile: nothing to draw
            if waiting.try_set_value(false).is_some() {
                return;
            }
            chart.try_with_untracked(|c| {
                if let Some(c) = c {
                    handle.try_update_value(|h| draw(h, &el_id, c));
                    // for the benchmark: input -> charts redrawn (tests/bench/browser.mjs)
                    crate::ui::state::perf_mark("dc-chart-drawn");
                }
            });
        });
    });
    let testid = testid.map_or_else(|| id.clone(), str::to_string);
    let caption = children.map(|children| data_caption(children, lang));
    // the title is the page's text, not ECharts': it wraps on a narrow screen, and it names the
    // chart for screen readers
    let title_id = format!("{id}-title");
    view! {
        <figure class="chart-box">
            <p class="chart-title" id=title_id.clone()>{move || title.get()}</p>
            <div id=id class="chart" data-testid=testid role="img" aria-labelledby=title_id node_ref=node>
                <Show when=move || !ready.map(|r| r.get()).unwrap_or(false)>
                    <p class="chart-loading">{move || t(lang.get(), Key::LoadingCharts)}</p>
                </Show>
            </div>
            {caption}
        </figure>
    }
}

/// A chart's caption: its data table in a closed `<details>`, built when the reader first
/// opens it (at once without a browser: the prerender carries it for `<noscript>` readers).
/// Closed, a table is read by no one; built at the mount, the four tables (and the cost curves
/// behind one of them) were work in the charts' mount task on a phone's CPU.
fn data_caption(
    table: ChildrenFn,
    lang: Memo<deploycalc_core::model::vocab::Lang>,
) -> impl IntoView {
    let opened = RwSignal::new(cfg!(not(target_arch = "wasm32")));
    let on_toggle = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let open = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .is_some_and(|d| d.open());
        if open && !opened.get_untracked() {
            opened.set(true);
        }
    };
    view! {
        <figcaption>
            <details class="chart-data" on:toggle=on_toggle>
                <summary>{move || crate::ui::i18n::tr(lang.get(), "图表数据（表格）", "Chart data (table)")}</summary>
                {move || opened.get().then(|| table())}
            </details>
        </figcaption>
    }
}
