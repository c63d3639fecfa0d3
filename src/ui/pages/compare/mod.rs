//! The compare page: the scenario form beside the plan columns, the charts and the open
//! breakdowns. Every figure comes from `deploycalc_core::engine::compare`.

pub mod assumptions;
pub mod breakdown_chart;
pub mod card_model;
pub mod charts;
pub mod lagging;
pub mod lines_table;
pub mod model;
pub mod plan_card;
pub mod plan_column;
pub mod scenario_form;
pub mod staff_input;
pub mod table;

use crate::ui::i18n::{t, InputGroup, Key};
use crate::ui::state::AppState;
use crate::ui::widgets::later::Later;
use crate::ui::widgets::url_notice::UrlNotice;
use charts::CompareCharts;
use deploycalc_core::model::scenario::{NumField, Scenario};
use lagging::Lagging;
use leptos::prelude::*;
use plan_card::Breakdowns;
use scenario_form::{
    ComponentToggles, CurrencySelect, FieldGroup, PurchaseSelect, RegionSelect, WorkloadPicker,
};
use table::ComparisonTable;

#[component]
pub fn ComparePage() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    use NumField::*;
    let form = NodeRef::<leptos::html::Aside>::new();
    // for the benchmark (`tests/bench/browser.mjs`): the frame after a change, once everything
    // that reacts to it in the same task (the totals, the plan columns, the sections near the
    // screen) has run ("dc-updated"), and the first task after that work, whether or not a
    // frame came first ("dc-idle"). The sections away from the screen follow later (`Lagging`).
    Effect::new(move |_| {
        st.scenario.track();
        request_animation_frame(|| crate::ui::state::perf_mark("dc-updated"));
        set_timeout(
            || crate::ui::state::perf_mark("dc-idle"),
            std::time::Duration::ZERO,
        );
    });
    view! {
        <main class="layout" data-ready="true">
            <EditScenarioLink form=form />
            <aside id="scenario" class="scenario" aria-labelledby="scenario-title" tabindex="-1" node_ref=form>
                <Later>
                    <h2 id="scenario-title">{move || t(lang.get(), Key::Scenario)}</h2>
                    <WorkloadPicker />
                    <FieldGroup group=InputGroup::Usage fields=&[Users, PeakConcurrency, ConversationHours, Requests] open=true />
                    <FieldGroup group=InputGroup::ConversationModel fields=&[TurnsPerMinute, InputTokensPerTurn, OutputTokensPerTurn, CachedInputShare, TtsCharsPerMinute] />
                    <FieldGroup group=InputGroup::Data fields=&[StorageGb, DbGb, EgressGb, LogGb] />
                    <FieldGroup
                        group=InputGroup::RegionCurrency
                        fields=&[FxRate]
                        reset_extra=reset_region
                        open=true
                    >
                        <RegionSelect />
                        <CurrencySelect />
                    </FieldGroup>
                    <FieldGroup
                        group=InputGroup::Purchase
                        fields=&[GpuHoursPerDay, SpotShare]
                        reset_extra=reset_purchase
                    >
                        <PurchaseSelect />
                        <staff_input::GpusFromModel />
                    </FieldGroup>
                    <FieldGroup group=InputGroup::Requirements fields=&[LatencyTargetMs] reset_extra=reset_staff>
                        <staff_input::StaffTime />
                    </FieldGroup>
                    <ComponentToggles />
                </Later>
            </aside>
            <section class="results" aria-live="polite">
                <UrlNotice />
                <Later><ComparisonTable /></Later>
                // below the first screen: they follow an input in the next idle moment while
                // away from the screen, at once while near it
                <Later><Lagging><CompareCharts /></Lagging></Later>
                <Later><Lagging><Breakdowns /></Lagging></Later>
                <Later><Lagging><crate::ui::sizing::SizingPanel /></Lagging></Later>
            </section>
        </main>
    }
}

/// On a narrow screen the plans come first and the form below them (`style/main.css`, by
/// `order` alone: the form stays mounted, its state kept); this link, shown only there, takes
/// the view and the keyboard focus to the form. Without the wasm (the prerendered page) it is
/// a plain link to `#scenario`; with it, the click scrolls and focuses without a `#scenario`
/// in the address bar, so the link a visitor copies stays the scenario's alone.
#[component]
fn EditScenarioLink(form: NodeRef<leptos::html::Aside>) -> impl IntoView {
    let lang = AppState::expect().lang;
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(el) = form.get_untracked() {
            ev.prevent_default();
            el.scroll_into_view();
            let _ = el.focus();
        }
    };
    view! {
        <a class="to-scenario" href="#scenario" data-testid="to-scenario" on:click=on_click>
            {move || t(lang.get(), Key::EditScenario)}
        </a>
    }
}

fn reset_region(s: &mut Scenario, preset: &Scenario) {
    s.region = preset.region;
    s.currency = preset.currency;
}

fn reset_staff(s: &mut Scenario, preset: &Scenario) {
    s.staff_time = preset.staff_time;
    s.engineer_monthly = preset.engineer_monthly;
}

fn reset_purchase(s: &mut Scenario, preset: &Scenario) {
    s.purchase_option = preset.purchase_option;
    s.gpus_from_model = preset.gpus_from_model;
    s.discounts.clear();
    s.overrides.clear();
}
