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

use crate::ui::i18n::{t, Key};
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
                <FieldGroup title=("用量", "Usage") fields=&[Users, PeakConcurrency, ConversationHours, Requests] open=true />
                <FieldGroup title=("对话模型", "Conversation model") fields=&[TurnsPerMinute, InputTokensPerTurn, OutputTokensPerTurn, TtsCharsPerMinute] />
                <FieldGroup title=("数据", "Data") fields=&[StorageGb, DbGb, EgressGb, LogGb] />
                <FieldGroup
                    title=("地区与币种", "Region and currency")
                    fields=&[FxRate]
                    reset_extra=reset_region
                    open=true
                >
                    <RegionSelect />
                    <CurrencySelect />
                </FieldGroup>
                <FieldGroup
                    title=("购买方式", "Purchase options")
                    fields=&[GpuHoursPerDay, SpotShare]
                    reset_extra=reset_purchase
                >
                    <PurchaseSelect />
                </FieldGroup>
                <FieldGroup title=("要求", "Requirements") fields=&[LatencyTargetMs] />
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
