//! The panel's inputs: a `<select>` (with `<optgroup>`s for hardware) or a debounced number
//! per field, each labelled, each committing its field to the URL.

use crate::ui::i18n::reject_text;
use crate::ui::state::AppState;
use crate::ui::widgets::number_input::{DebouncedNumber, NumberDraft, NumberRules};
use deploycalc_core::report::sizing::{
    with_choice, with_number, ChoiceGroup, InputKind, InputView, SizingView,
};
use deploycalc_core::url::SizingField;
use leptos::prelude::*;

/// The element id (and test id) of an input: `sizing-zm`.
fn input_id(key: &str) -> String {
    format!("sizing-{key}")
}

#[component]
pub(super) fn SizingInputs(view: Memo<Option<SizingView>>) -> impl IntoView {
    // the fields do not change with the view, only their options and values do
    let fields: Vec<InputView> =
        view.with_untracked(|v| v.as_ref().map(|v| v.inputs.clone()).unwrap_or_default());
    view! {
        <div class="sizing-inputs">
            {fields
                .into_iter()
                .map(|i| match i.kind {
                    InputKind::Select(_) => view! { <SizingSelect view=view field=i.field key=i.key /> }.into_any(),
                    InputKind::Number { min, max, whole, .. } => view! {
                        <SizingNumber view=view field=i.field key=i.key bounds=(min, max) whole=whole />
                    }
                    .into_any(),
                })
                .collect_view()}
        </div>
    }
}

fn input_of(v: &Option<SizingView>, f: SizingField) -> Option<&InputView> {
    v.as_ref()?.inputs.iter().find(|i| i.field == f)
}

fn options(groups: Vec<ChoiceGroup>) -> impl IntoView {
    groups
        .into_iter()
        .map(|g| {
            let opts = g
                .options
                .into_iter()
                .map(|o| view! { <option value=o.value selected=o.selected>{o.label}</option> })
                .collect_view();
            if g.label.is_empty() {
                opts.into_any()
            } else {
                view! { <optgroup label=g.label>{opts}</optgroup> }.into_any()
            }
        })
        .collect_view()
}

#[component]
fn SizingSelect(
    view: Memo<Option<SizingView>>,
    field: SizingField,
    key: &'static str,
) -> impl IntoView {
    let st = AppState::expect();
    let id = input_id(key);
    let label = move || view.with(|v| input_of(v, field).map(|i| i.label));
    let groups = Memo::new(move |_| {
        view.with(|v| match input_of(v, field).map(|i| &i.kind) {
            Some(InputKind::Select(g)) => g.clone(),
            _ => Vec::new(),
        })
    });
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        st.commit(true, |u| u.sizing = with_choice(&u.sizing, field, &value));
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id.clone() data-testid=id on:change=on_change>
                {move || options(groups.get())}
            </select>
        </div>
    }
}

#[component]
fn SizingNumber(
    view: Memo<Option<SizingView>>,
    field: SizingField,
    key: &'static str,
    bounds: (f64, f64),
    whole: bool,
) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let id = input_id(key);
    let label = move || view.with(|v| input_of(v, field).map(|i| i.label));
    let current = Memo::new(move |_| {
        view.with(|v| match input_of(v, field).map(|i| &i.kind) {
            Some(InputKind::Number { value, .. }) => Some(*value),
            _ => None,
        })
    });
    let draft = NumberDraft::new(current, NumberRules::new(bounds).whole(whole));
    let on_commit = Callback::new(move |v: Option<f64>| {
        st.commit(false, |u| u.sizing = with_number(&u.sizing, field, v));
    });
    let err = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <DebouncedNumber id=id draft=draft on_commit=on_commit />
            <p class="field-error" id=err.clone() data-testid=err aria-live="polite">
                {move || draft.error().map(|r| reject_text(lang.get(), &r))}
            </p>
        </div>
    }
}
