//! The compare page: the scenario form beside the plan columns, the charts and the open
//! breakdowns. Every figure comes from `deploycalc_core::engine::compare`.

pub mod assumptions;
pub mod breakdown_chart;
pub mod card_model;
pub mod charts;
pub mod lines_table;
pub mod model;
pub mod plan_card;
pub mod plan_column;
pub mod scenario_form;
pub mod table;

use crate::ui::i18n::{t, InputGroup, Key};
use crate::ui::state::AppState;
use crate::ui::widgets::url_notice::UrlNotice;
use charts::CompareCharts;
use deploycalc_core::model::scenario::{NumField, Scenario};
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
    view! {
        <main class="layout" data-ready="true">
            <aside class="scenario" aria-labelledby="scenario-title">
                <h2 id="scenario-title">{move || t(lang.get(), Key::Scenario)}</h2>
                <WorkloadPicker />
                <FieldGroup group=InputGroup::Usage fields=&[Users, PeakConcurrency, ConversationHours, Requests] open=true />
                <FieldGroup group=InputGroup::ConversationModel fields=&[TurnsPerMinute, InputTokensPerTurn, OutputTokensPerTurn, TtsCharsPerMinute] />
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
                </FieldGroup>
                <FieldGroup group=InputGroup::Requirements fields=&[LatencyTargetMs] />
                <ComponentToggles />
            </aside>
            <section class="results" aria-live="polite">
                <UrlNotice />
                <ComparisonTable />
                <CompareCharts />
                <Breakdowns />
            </section>
        </main>
    }
}

fn reset_region(s: &mut Scenario, preset: &Scenario) {
    s.region = preset.region;
    s.currency = preset.currency;
}

fn reset_purchase(s: &mut Scenario, preset: &Scenario) {
    s.purchase_option = preset.purchase_option;
    s.discounts.clear();
    s.overrides.clear();
}
