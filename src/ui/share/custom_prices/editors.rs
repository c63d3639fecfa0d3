//! The editors: one discount per provider, one unit price per price record of the workload's
//! plans, each a number input (empty means none).

use crate::ui::i18n::{catalog_price_text, pick, reject_text, tr};
use crate::ui::pages::compare::model::use_compare;
use crate::ui::state::AppState;
use crate::ui::widgets::number_input::{CommitOn, DebouncedNumber, NumberDraft, NumberRules};
use deploycalc_core::model::scenario::{DISCOUNT_BOUNDS, OVERRIDE_BOUNDS};
use deploycalc_core::model::vocab::ProviderId;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Which custom price an input sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Discount,
    Override,
}

/// One input: empty means "none"; invalid text is explained and not applied; valid text is
/// applied when the input changes.
#[component]
fn CustomInput(
    kind: Kind,
    key: String,
    /// What the input sets: a provider's name, or a price record's id.
    #[prop(into)]
    label: Signal<String>,
    /// Below the label: the catalog's price, for an override.
    #[prop(optional, into)]
    note: Option<Signal<String>>,
    #[prop(into)] placeholder: String,
) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let k = key.clone();
    let current = Memo::new(move |_| {
        st.scenario.with(|s| match kind {
            Kind::Discount => s.discounts.get(k.as_str()).copied(),
            Kind::Override => s.overrides.get(k.as_str()).copied(),
        })
    });
    let (prefix, bounds) = match kind {
        Kind::Discount => ("discount", DISCOUNT_BOUNDS),
        Kind::Override => ("override", OVERRIDE_BOUNDS),
    };
    // a change from elsewhere (an import, "clear all", back/forward) shows the new value and
    // drops the message
    let draft = NumberDraft::new(current, NumberRules::new(bounds).optional());
    let id = format!("{prefix}-{key}");
    let err_id = format!("{id}-error");
    let commit = move |v: Option<f64>| {
        let key = key.clone();
        st.commit(false, move |u| {
            let s = &mut u.scenario;
            match (kind, v) {
                (Kind::Discount, Some(v)) => s.discounts.insert(key.into(), v),
                (Kind::Discount, None) => s.discounts.remove(key.as_str()),
                (Kind::Override, Some(v)) => s.overrides.insert(key.into(), v),
                (Kind::Override, None) => s.overrides.remove(key.as_str()),
            };
        });
    };
    view! {
        <div class="custom-price">
            <span class="custom-label">
                <label for=id.clone()>{move || label.get()}</label>
                {note.map(|n| view! { <span class="custom-note">{move || n.get()}</span> })}
            </span>
            <DebouncedNumber
                id=id.clone()
                draft=draft
                on_commit=commit
                commit_on=CommitOn::Change
                placeholder=placeholder
            />
            <span class="field-error" id=err_id aria-live="polite">
                {move || draft.error().map(|r| reject_text(lang.get(), &r))}
            </span>
        </div>
    }
}

/// The editors: one discount per provider and one price per record of the workload's plans.
#[component]
pub(super) fn Editors() -> impl IntoView {
    let st = AppState::expect();
    let model = use_compare();
    let lang = st.lang;
    let catalog = st.catalog;
    // the records and providers of every plan of the workload (hidden ones too)
    let records = Memo::new(move |_| {
        model.with(|m| {
            let mut ids: BTreeSet<(String, String)> = BTreeSet::new();
            for r in m.iter().flat_map(|m| &m.rows) {
                for l in &r.estimate.lines {
                    if let Some(rec) = catalog.price(&l.price_id) {
                        ids.insert((rec.provider.0.clone(), rec.id.0.clone()));
                    }
                }
            }
            ids.into_iter().collect::<Vec<_>>()
        })
    });
    let providers = Memo::new(move |_| {
        records.with(|r| {
            r.iter()
                .map(|(p, _)| p.clone())
                .collect::<BTreeSet<String>>()
                .into_iter()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="custom-editors">
            <fieldset class="custom-group">
                <legend>{move || tr(lang.get(), "服务商折扣（%）", "Provider discount (%)")}</legend>
                <For each=move || providers.get() key=|p| p.clone() let:p>
                    {
                        let provider = catalog.provider(&ProviderId::new(p.clone()));
                        let id = p.clone();
                        let name = Signal::derive(move || {
                            provider
                                .map(|pr| pick(lang.get(), &pr.name).to_string())
                                .unwrap_or_else(|| id.clone())
                        });
                        view! { <CustomInput kind=Kind::Discount key=p label=name placeholder="0" /> }
                    }
                </For>
            </fieldset>
            <fieldset class="custom-group">
                <legend>{move || tr(lang.get(), "自定义单价（记录自身的币种）", "Your unit price (in the record's currency)")}</legend>
                <For each=move || records.get() key=|r| r.1.clone() let:r>
                    {
                        let rec = catalog.price_by_str(&r.1);
                        let note = Signal::derive(move || {
                            let lang = lang.get();
                            rec.map(|rec| {
                                catalog_price_text(lang, rec.price.map(|p| p.range()), rec.currency, rec.unit)
                            })
                            .unwrap_or_default()
                        });
                        let placeholder = rec
                            .and_then(|rec| rec.price)
                            .map(|p| format!("{}", p.range().low))
                            .unwrap_or_default();
                        view! {
                            <CustomInput kind=Kind::Override key=r.1.clone() label=r.1 note=note placeholder=placeholder />
                        }
                    }
                </For>
            </fieldset>
        </div>
    }
    .into_any()
}
