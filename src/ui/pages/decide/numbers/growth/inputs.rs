//! The growth timeline's inputs: users in month 1, monthly growth, months, and constraints.

use super::model::GrowthModel;
use crate::ui::i18n::{decide_field_label, reject_text, tr};
use crate::ui::state::AppState;
use crate::ui::widgets::number_input::{DebouncedNumber, NumberDraft, NumberRules};
use deploycalc_core::engine::analysis::GrowthInput;
use deploycalc_core::url::DecideField;
use leptos::prelude::*;

/// Writes one change of the growth inputs to the URL: `push` for a deliberate step (a
/// checkbox), else the current entry is replaced (typing).
fn update(st: AppState, push: bool, f: &dyn Fn(&mut GrowthInput)) {
    st.commit(push, |u| {
        let w = u.decide.tree_workload(u.scenario.workload);
        let mut i = u.decide.growth(w);
        f(&mut i);
        u.decide.set_growth(w, &i);
    });
}

/// The three numbers and the two constraints.
#[component]
pub(super) fn GrowthInputs(model: Memo<Option<GrowthModel>>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let latency_on = move || model.with(|m| m.as_ref().is_some_and(|m| m.input.require_latency));
    let private_on =
        move || model.with(|m| m.as_ref().is_some_and(|m| m.input.min_privacy.is_some()));
    let label = move |f: DecideField| move || decide_field_label(lang.get(), f);
    view! {
        <div class="growth-inputs">
            <GrowthNumber model=model field=DecideField::StartUsers get=|i| i.start_users set=|i, v| i.start_users = v />
            <GrowthNumber model=model field=DecideField::GrowthPct get=|i| i.growth_pct set=|i, v| i.growth_pct = v />
            <GrowthNumber model=model field=DecideField::Months get=|i| i.months as f64 set=|i, v| i.months = v as usize />
            <fieldset class="growth-checks">
                <legend>{move || tr(lang.get(), "约束", "Constraints")}</legend>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="growth-latency"
                        prop:checked=latency_on
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            update(st, true, &|i| i.require_latency = on);
                        }
                    />
                    {label(DecideField::Latency)}
                </label>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="growth-private"
                        prop:checked=private_on
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            update(st, true, &|i| i.min_privacy = on.then_some(GrowthInput::PRIVATE_DATA));
                        }
                    />
                    {label(DecideField::Privacy)}
                </label>
                <p class="field-help">{move || tr(lang.get(), "容量（峰值并发）总是要满足。", "Capacity (peak concurrency) always has to fit.")}</p>
            </fieldset>
        </div>
    }
}

/// The element id (and test id) of a growth number.
fn input_id(field: DecideField) -> &'static str {
    match field {
        DecideField::StartUsers => "growth-start",
        DecideField::GrowthPct => "growth-rate",
        _ => "growth-months",
    }
}

/// One growth number: the shared debounced input over the URL's value, typing replaces the
/// current history entry.
#[component]
fn GrowthNumber(
    model: Memo<Option<GrowthModel>>,
    field: DecideField,
    get: fn(&GrowthInput) -> f64,
    set: fn(&mut GrowthInput, f64),
) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let id = input_id(field);
    let (bounds, whole) = field.bounds().unwrap_or(((0.0, f64::MAX), false));
    let current = Memo::new(move |_| model.with(|m| m.as_ref().map(|m| get(&m.input))));
    let draft = NumberDraft::new(current, NumberRules::new(bounds).whole(whole));
    let on_commit = Callback::new(move |v: Option<f64>| {
        if let Some(v) = v {
            update(st, false, &|i| set(i, v));
        }
    });
    view! {
        <div class="field">
            <label for=id>{move || decide_field_label(lang.get(), field)}</label>
            <DebouncedNumber id=id draft=draft on_commit=on_commit />
            <p class="field-error" id=format!("{id}-error") data-testid=format!("{id}-error") aria-live="polite">
                {move || draft.error().map(|r| reject_text(lang.get(), &r))}
            </p>
        </div>
    }
}
