//! Two switches of issue #16: staff time (`st`) with one engineer's loaded monthly cost (`ec`,
//! in the currency of the region's staff record), and GPU counts from the sizing model (`gc`).

use crate::ui::i18n::{engineer_cost_label, gpus_from_model_text, reject_text, staff_switch_text};
use crate::ui::state::AppState;
use crate::ui::widgets::number_input::{CommitOn, DebouncedNumber, NumberDraft, NumberRules};
use deploycalc_core::model::catalog::Market;
use deploycalc_core::model::scenario::{Scenario, ENGINEER_MONTHLY_BOUNDS};
use deploycalc_core::report::format;
use leptos::prelude::*;

#[component]
pub fn StaffTime() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let on = Memo::new(move |_| st.scenario.with(|s| s.staff_time));
    let typed = Memo::new(move |_| st.scenario.with(|s| s.engineer_monthly));
    // the region's staff record: its currency and its figure as the placeholder
    let record = Memo::new(move |_| {
        let market = Market::of(st.scenario.with(|s| s.region));
        st.catalog
            .staff_in(market)
            .next()
            .map(|r| (r.currency.as_str().to_uppercase(), r.monthly_cost()))
    });
    let draft = NumberDraft::new(typed, NumberRules::new(ENGINEER_MONTHLY_BOUNDS).optional());
    let commit = move |v: Option<f64>| st.commit(false, move |u| u.scenario.engineer_monthly = v);
    view! {
        <div class="staff-time">
            <Switch
                id="input-staff"
                on=on
                label=Signal::derive(move || staff_switch_text(lang.get()))
                set=|s, v| s.staff_time = v
            />
            <Show when=move || on.get()>
                <div class="field">
                    <label for="input-engineer">
                        {move || {
                            let (cur, v) = record.get().unwrap_or_default();
                            engineer_cost_label(lang.get(), &cur, &format::number(v, 0))
                        }}
                    </label>
                    <DebouncedNumber
                        id="input-engineer"
                        draft=draft
                        on_commit=commit
                        commit_on=CommitOn::Change
                    />
                    <span class="field-error" id="input-engineer-error" aria-live="polite">
                        {move || draft.error().map(|r| reject_text(lang.get(), &r))}
                    </span>
                </div>
            </Show>
        </div>
    }
}

/// Prices sized GPU lines from the sizing model instead of the seed's constant.
#[component]
pub fn GpusFromModel() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let on = Memo::new(move |_| st.scenario.with(|s| s.gpus_from_model));
    view! {
        <Switch
            id="input-gpus-from-model"
            on=on
            label=Signal::derive(move || gpus_from_model_text(lang.get()))
            set=|s, v| s.gpus_from_model = v
        />
    }
}

/// A checkbox for one boolean of the scenario: `on` reads it, `set` writes it (a history
/// entry a change); `id` is its element id and test id.
#[component]
fn Switch(
    id: &'static str,
    on: Memo<bool>,
    label: Signal<&'static str>,
    set: fn(&mut Scenario, bool),
) -> impl IntoView {
    let st = AppState::expect();
    view! {
        <label class="check" for=id>
            <input
                type="checkbox"
                id=id
                data-testid=id
                prop:checked=move || on.get()
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    st.commit(true, move |u| set(&mut u.scenario, checked))
                }
            />
            {move || label.get()}
        </label>
    }
}
