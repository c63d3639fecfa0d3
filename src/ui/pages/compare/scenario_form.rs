use crate::ui::i18n::{
    field_text, input_group_text, line_state_text, pick, purchase_text, reject_text, t, tr,
    workload_text, InputGroup, Key,
};
use crate::ui::state::AppState;
use crate::ui::widgets::number_input::{DebouncedNumber, NumberDraft, NumberRules};
use deploycalc_core::engine::compare::{components_for, ComponentChoice};
use deploycalc_core::engine::estimate::LineState;
use deploycalc_core::model::scenario::{NumField, Scenario, PURCHASE_OPTIONS};
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::model::vocab::PurchaseOption;
use deploycalc_core::model::vocab::{CurrencyView, Region, Workload};
use leptos::prelude::*;

/// A labelled numeric input bound to one scenario field. Invalid text is shown with its
/// reason and not applied; valid text is applied after [`DEBOUNCE`](crate::ui::widgets::number_input::DEBOUNCE).
#[component]
pub fn NumInput(field: NumField) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let current = Memo::new(move |_| st.scenario.with(|s| Some(s.num(field))));
    let draft = NumberDraft::new(
        current,
        NumberRules::new(field.bounds()).whole(field.integer()),
    );
    let commit = move |v: Option<f64>| {
        if let Some(v) = v {
            st.commit(false, |s| s.scenario.set_num(field, v))
        }
    };
    let id = format!("input-{}", field.name());
    let err_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{move || field_text(lang.get(), field).0}</label>
            <div class="input-row">
                <DebouncedNumber id=id.clone() draft=draft on_commit=commit range=field.bounds() />
                <span class="unit">{move || field_text(lang.get(), field).1}</span>
            </div>
            <p class="field-error" id=err_id.clone() data-testid=err_id aria-live="polite">
                {move || draft.error().map(|r| reject_text(lang.get(), &r))}
            </p>
            <p class="field-help">{move || field_text(lang.get(), field).2}</p>
        </div>
    }
}

/// USD / CNY / both.
#[component]
pub fn CurrencySelect() -> impl IntoView {
    view! {
        <EnumSelect
            id="input-currency"
            label=|l| t(l, Key::Currency)
            options=&[CurrencyView::Usd, CurrencyView::Cny, CurrencyView::Both]
            value=CurrencyView::as_str
            text=|l, c| match c {
                CurrencyView::Usd => "USD ($)",
                CurrencyView::Cny => "CNY (¥)",
                CurrencyView::Both => t(l, Key::CurrencyBoth),
            }
            current=|s| s.currency
            set=|s, c| s.currency = c
        />
    }
}

/// The five seed workloads and "custom". Picking one loads its defaults (keeping the
/// currency view and exchange rate) and its plans.
#[component]
pub fn WorkloadPicker() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let current = Memo::new(move |_| st.scenario.with(|s| s.workload));
    view! {
        <fieldset class="workloads" data-testid="input-workload">
            <legend>{move || tr(lang.get(), "应用类型", "Workload")}</legend>
            {Workload::ALL
                .into_iter()
                .map(|w| {
                    let id = format!("workload-{}", w.as_str());
                    view! {
                        <label class="workload-option" for=id.clone()>
                            <input
                                type="radio"
                                name="workload"
                                id=id.clone()
                                data-testid=id.clone()
                                value=w.as_str()
                                // the attribute: the prerendered HTML shows the choice too
                                checked=current.get_untracked() == w
                                prop:checked=move || current.get() == w
                                on:change=move |_| {
                                    st.commit(true, |u| u.switch_workload(w))
                                }
                            />
                            <span class="workload-name">{move || workload_text(lang.get(), w).0}</span>
                            <span class="workload-desc">{move || workload_text(lang.get(), w).1}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A group of inputs with a heading and a reset button that restores the preset's values.
#[component]
pub fn FieldGroup(
    group: InputGroup,
    fields: &'static [NumField],
    #[prop(optional)] children: Option<Children>,
    #[prop(optional)] reset_extra: Option<fn(&mut Scenario, &Scenario)>,
    #[prop(optional)] open: bool,
) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let slug = group.slug();
    let reset = move |_| {
        st.commit(true, |u| {
            let preset = Scenario::preset(u.scenario.workload);
            for &f in fields {
                u.scenario.set_num(f, preset.num(f));
            }
            if let Some(extra) = reset_extra {
                extra(&mut u.scenario, &preset);
            }
        })
    };
    view! {
        <details class="group" open=open>
            <summary>{move || input_group_text(lang.get(), group)}</summary>
            {fields.iter().map(|&f| view! { <NumInput field=f /> }).collect_view()}
            {children.map(|c| c())}
            <button type="button" class="reset" data-testid=format!("reset-{slug}") on:click=reset>
                {move || tr(lang.get(), "恢复默认值", "Reset to defaults")}
            </button>
        </details>
    }
}

/// Where the users are (decides the network latency stage).
#[component]
pub fn RegionSelect() -> impl IntoView {
    view! {
        <EnumSelect
            id="input-region"
            label=|l| tr(l, "用户所在地区", "Where users are")
            options=&Region::ALL
            value=Region::as_str
            text=|l, r| match r {
                Region::Global => tr(l, "靠近云区域（全球）", "Near the cloud region (global)"),
                Region::China => tr(l, "中国大陆", "Mainland China"),
            }
            current=|s| s.region
            set=|s, r| s.region = r
        />
    }
}

/// On demand, savings plan, reserved.
#[component]
pub fn PurchaseSelect() -> impl IntoView {
    view! {
        <EnumSelect
            id="input-purchase_option"
            label=|l| tr(l, "购买方式", "Purchase option")
            options=&PURCHASE_OPTIONS
            value=PurchaseOption::as_str
            text=purchase_text
            current=|s| s.purchase_option
            set=|s, p| s.purchase_option = p
            help=|l| tr(l, "用于计算、GPU、容器和数据库实例；有官方价的用官方价，否则用种子 003 的折扣。Batch API 只用于有批量价的 LLM token", "Applies to compute, GPU, container and database instances: the record's own price where it has one, otherwise seed 003's discount. Batch API applies only to LLM tokens with a batch price")
        />
    }
}

/// A labelled `<select>` over the values of an enum, bound to one scenario field: `id` is the
/// element's id and test id, each option is sent as `value` and worded by `text` in the UI
/// language, `current` reads the field and `set` writes it (one new history entry a change).
/// `help`, when given, is shown below the select.
#[allow(clippy::too_many_arguments)]
#[component]
pub fn EnumSelect<T>(
    id: &'static str,
    label: fn(Lang) -> &'static str,
    options: &'static [T],
    value: fn(T) -> &'static str,
    text: fn(Lang, T) -> &'static str,
    current: fn(&Scenario) -> T,
    set: fn(&mut Scenario, T),
    #[prop(optional)] help: Option<fn(Lang) -> &'static str>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let st = AppState::expect();
    let lang = st.lang;
    view! {
        <div class="field">
            <label for=id>{move || label(lang.get())}</label>
            <select
                id=id
                data-testid=id
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(o) = options.iter().copied().find(|o| value(*o) == v) {
                        st.commit(true, |u| set(&mut u.scenario, o));
                    }
                }
            >
                {options
                    .iter()
                    .map(|&o| {
                        view! {
                            <option value=value(o) selected=move || st.scenario.with(|s| current(s) == o)>
                                {move || text(lang.get(), o)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {help.map(|h| view! { <p class="field-help">{move || h(lang.get())}</p> })}
        </div>
    }
}

/// Optional components and owned resources of the plans on screen, as checkboxes.
#[component]
pub fn ComponentToggles() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    // every component of the workload's plans, once each
    let model = Memo::new(move |_| {
        let cat = st.catalog;
        st.scenario.with(|s| components_for(s, cat))
    });
    move || {
        let items = model.get();
        if items.is_empty() {
            return ().into_any();
        }
        let lang_now = lang.get();
        view! {
            <fieldset class="components">
                <legend>{tr(lang_now, "可选组件 / 已有资源", "Optional parts / owned resources")}</legend>
                {items
                    .into_iter()
                    .map(|ComponentChoice { key, label, on, owned }| {
                        let id = format!("input-c-{key}");
                        let k = key.clone();
                        view! {
                            <label class="check" for=id.clone()>
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    data-testid=id.clone()
                                    checked=on
                                    prop:checked=on
                                    on:change=move |ev| {
                                        let checked = event_target_checked(&ev);
                                        let k = k.clone();
                                        st.commit(true, |u| {
                                            u.scenario.components.insert(k, checked);
                                        })
                                    }
                                />
                                {pick(lang_now, &label).to_string()}
                                {owned.then(|| view! { <span class="tag">{line_state_text(lang_now, LineState::Owned)}</span> })}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
        .into_any()
    }
}
