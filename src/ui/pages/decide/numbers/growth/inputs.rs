//! The growth timeline's inputs: users in month 1, monthly growth, months, and constraints.

use super::model::GrowthModel;
use crate::ui::i18n::{reject_text, tr};
use crate::ui::pages::compare::scenario_form::DEBOUNCE;
use crate::ui::state::AppState;
use deploycalc_core::engine::analysis::GrowthInput;
use deploycalc_core::model::scenario::parse_bounded;
use deploycalc_core::url::DecideField;
use gloo::timers::callback::Timeout;
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
    view! {
        <div class="growth-inputs">
            {num_input(st, model, ("growth-start", "起始用户", "Users in month 1"), DecideField::StartUsers, |i| i.start_users, |i, v| i.start_users = v)}
            {num_input(st, model, ("growth-rate", "每月增长 %", "Monthly growth, %"), DecideField::GrowthPct, |i| i.growth_pct, |i, v| i.growth_pct = v)}
            {num_input(st, model, ("growth-months", "月数", "Months"), DecideField::Months, |i| i.months as f64, |i, v| i.months = v as usize)}
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
                    {move || tr(lang.get(), "满足场景的延迟目标", "Meet the scenario's latency target")}
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
                    {move || tr(lang.get(), "数据私有（隐私 ≥ 4/5，不用第三方 API）", "Private data (privacy ≥ 4/5: no third-party APIs)")}
                </label>
                <p class="field-help">{move || tr(lang.get(), "容量（峰值并发）总是要满足。", "Capacity (peak concurrency) always has to fit.")}</p>
            </fieldset>
        </div>
    }
}

/// A debounced, validated number of the growth inputs (to be replaced by the shared widget).
fn num_input(
    st: AppState,
    model: Memo<Option<GrowthModel>>,
    (id, zh, en): (&'static str, &'static str, &'static str),
    field: DecideField,
    get: fn(&GrowthInput) -> f64,
    set: fn(&mut GrowthInput, f64),
) -> impl IntoView {
    let lang = st.lang;
    let (bounds, whole) = field.bounds().unwrap_or(((0.0, f64::MAX), false));
    let current = Memo::new(move |_| model.with(|m| m.as_ref().map(|m| get(&m.input))));
    // what was typed, over which committed value, and what it parses to
    let draft: RwSignal<Option<(Option<f64>, String)>> = RwSignal::new(None);
    // dropping a Timeout cancels it: one pending commit at most
    let pending: StoredValue<Option<Timeout>, LocalStorage> = StoredValue::new_local(None);
    let typed = move || {
        let cur = current.get();
        draft
            .get()
            .filter(|(base, text)| *base == cur || parse_bounded(text, bounds, whole).ok() == cur)
    };
    let error = move || typed().and_then(|(_, text)| parse_bounded(&text, bounds, whole).err());
    let err_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{move || tr(lang.get(), zh, en)}</label>
            <input
                id=id
                data-testid=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=err_id.clone()
                prop:value=move || typed()
                    .map(|(_, text)| text)
                    .unwrap_or_else(|| current.get().map(|v| format!("{v}")).unwrap_or_default())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let parsed = parse_bounded(&text, bounds, whole).ok();
                    draft.set(Some((current.get_untracked(), text)));
                    pending.set_value(parsed.map(|v| {
                        Timeout::new(DEBOUNCE.as_millis() as u32, move || {
                            update(st, false, &|i| set(i, v))
                        })
                    }));
                }
            />
            <p class="field-error" id=err_id data-testid=format!("{id}-error") aria-live="polite">
                {move || error().map(|r| reject_text(lang.get(), &r))}
            </p>
        </div>
    }
}
