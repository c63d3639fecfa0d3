//! Two switches of issue #16: staff time (`st`) with one engineer's loaded monthly cost (`ec`,
//! in the currency of the region's staff record), and GPU counts from the sizing model (`gc`).

use crate::ui::i18n::{engineer_cost_label, gpus_from_model_text, reject_text, staff_switch_text};
use crate::ui::state::AppState;
use crate::ui::widgets::number_input::{CommitOn, DebouncedNumber, NumberDraft, NumberRules};
use deploycalc_core::model::catalog::Market;
use deploycalc_core::model::scenario::ENGINEER_MONTHLY_BOUNDS;
use deploycalc_core::model::vocab::Region;
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
        let market = match st.scenario.with(|s| s.region) {
            Region::China => Market::Cn,
            Region::Global => Market::Us,
        };
        st.catalog
            .staff_in(market)
            .next()
            .map(|r| (r.currency.as_str().to_uppercase(), r.monthly_cost()))
    });
    let draft = NumberDraft::new(typed, NumberRules::new(ENGINEER_MONTHLY_BOUNDS).optional());
    let commit = move |v: Option<f64>| st.commit(false, move |u| u.scenario.engineer_monthly = v);
    view! {
        <div class="staff-time">
            <label class="check" for="input-staff">
                <input
                    type="checkbox"
                    id="input-staff"
                    data-testid="input-staff"
                    prop:checked=move || on.get()
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        st.commit(true, move |u| u.scenario.staff_time = checked)
                    }
                />
                {move || staff_switch_text(lang.get())}
            </label>
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
        <label class="check" for="input-gpus-from-model">
            <input
                type="checkbox"
                id="input-gpus-from-model"
                data-testid="input-gpus-from-model"
                prop:checked=move || on.get()
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    st.commit(true, move |u| u.scenario.gpus_from_model = checked)
                }
            />
            {move || gpus_from_model_text(lang.get())}
        </label>
    }
}
