use crate::domain::format;
use crate::domain::scenario::{parse_num, CurrencyView, NumField};
use crate::ui::i18n::{reject_text, t, Key};
use crate::ui::state::AppState;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use std::time::Duration;

/// Delay between the last keystroke and the URL (and so the results) being updated.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// What the user typed, and the committed value it was typed over.
#[derive(Clone, Debug, PartialEq)]
struct Draft {
    base: f64,
    parsed: Option<f64>,
    text: String,
}

fn show(v: f64) -> String {
    format!("{v}")
}

/// A labelled numeric input bound to one scenario field. Invalid text is shown with its
/// reason and not applied; valid text is applied after [`DEBOUNCE`].
#[component]
pub fn NumInput(
    field: NumField,
    label: Key,
    unit: Key,
    #[prop(optional)] help: Option<Key>,
) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let current = Memo::new(move |_| st.scenario.with(|s| s.num(field)));
    let draft: RwSignal<Option<Draft>> = RwSignal::new(None);
    // dropping a gloo Timeout cancels it: one pending commit per input at most
    let pending: StoredValue<Option<Timeout>, LocalStorage> = StoredValue::new_local(None);
    // The draft is shown while it belongs to the committed value; a change from elsewhere
    // (back/forward, a preset) shows the new value instead.
    let shown = move || {
        let cur = current.get();
        match draft.get() {
            Some(d) if d.base == cur || d.parsed == Some(cur) => d.text,
            _ => show(cur),
        }
    };
    let error = move || {
        let cur = current.get();
        draft.get().and_then(|d| {
            (d.base == cur || d.parsed == Some(cur))
                .then(|| parse_num(field, &d.text).err())
                .flatten()
        })
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let parsed = parse_num(field, &text).ok();
        draft.set(Some(Draft {
            base: current.get_untracked(),
            parsed,
            text,
        }));
        let timeout = parsed.map(|v| {
            Timeout::new(DEBOUNCE.as_millis() as u32, move || {
                st.commit(false, |s| s.scenario.set_num(field, v))
            })
        });
        pending.set_value(timeout);
    };
    let id = format!("input-{}", field.name());
    let err_id = format!("{id}-error");
    let (min, max) = field.bounds();
    view! {
        <div class="field">
            <label for=id.clone()>{move || t(lang.get(), label)}</label>
            <div class="input-row">
                <input
                    id=id.clone()
                    data-testid=id.clone()
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    prop:value=shown
                    aria-invalid=move || error().is_some().to_string()
                    aria-describedby=err_id.clone()
                    data-min=format::number(min, 0)
                    data-max=format::number(max, 0)
                    on:input=on_input
                />
                <span class="unit">{move || t(lang.get(), unit)}</span>
            </div>
            <p class="field-error" id=err_id data-testid=format!("{id}-error") aria-live="polite">
                {move || error().map(|r| reject_text(lang.get(), &r))}
            </p>
            {help.map(|h| view! { <p class="field-help">{move || t(lang.get(), h)}</p> })}
        </div>
    }
}

/// USD / CNY / both.
#[component]
pub fn CurrencySelect() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let options = [CurrencyView::Usd, CurrencyView::Cny, CurrencyView::Both];
    view! {
        <div class="field">
            <label for="input-currency">{move || t(lang.get(), Key::Currency)}</label>
            <select
                id="input-currency"
                data-testid="input-currency"
                on:change=move |ev| {
                    if let Some(c) = CurrencyView::parse(&event_target_value(&ev)) {
                        st.commit(true, |s| s.scenario.currency = c);
                    }
                }
            >
                {options
                    .into_iter()
                    .map(|c| {
                        let label = move || match c {
                            CurrencyView::Usd => "USD ($)".to_string(),
                            CurrencyView::Cny => "CNY (¥)".to_string(),
                            CurrencyView::Both => t(lang.get(), Key::CurrencyBoth).to_string(),
                        };
                        view! {
                            <option value=c.as_str() selected=move || st.scenario.with(|s| s.currency == c)>
                                {label}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
