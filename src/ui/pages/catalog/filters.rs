//! The controls above a catalog table: the search box, and a filter select over the values that
//! occur in the catalog, with "all" first.

use crate::ui::i18n::{pick, tr};
use crate::ui::state::AppState;
use deploycalc_core::model::vocab::I18nText;
use leptos::prelude::*;

/// A labelled `<select>` (id and test id `id`) whose first option, `all`, clears the filter;
/// the other options are `choices`, each sent as `value` and shown by its name in the UI
/// language. Choosing one sets `selected`.
#[component]
pub(super) fn FacetSelect<T>(
    id: &'static str,
    /// (zh, en)
    label: (&'static str, &'static str),
    /// (zh, en) of the option that shows everything.
    all: (&'static str, &'static str),
    choices: Vec<(T, I18nText)>,
    value: fn(&T) -> String,
    selected: RwSignal<Option<T>>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let lang = AppState::expect().lang;
    let choices = StoredValue::new(choices);
    let options = move || {
        let l = lang.get();
        let opts = choices.with_value(|cs| {
            cs.iter()
                .map(|(c, name)| {
                    let mine = c.clone();
                    view! {
                        <option value=value(c) prop:selected=move || selected.with(|s| s.as_ref() == Some(&mine))>
                            {pick(l, name).to_string()}
                        </option>
                    }
                })
                .collect_view()
        });
        view! {
            <option value="" prop:selected=move || selected.with(Option::is_none)>{tr(l, all.0, all.1)}</option>
            {opts}
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let picked = (!v.is_empty())
            .then(|| {
                choices.with_value(|cs| {
                    cs.iter()
                        .find(|(c, _)| value(c) == v)
                        .map(|(c, _)| c.clone())
                })
            })
            .flatten();
        selected.set(picked);
    };
    view! {
        <div class="catalog-field">
            <label for=id>{move || tr(lang.get(), label.0, label.1)}</label>
            <select id=id data-testid=id on:change=on_change>
                {options}
            </select>
        </div>
    }
}

/// The search box of a tab (id and test id `id`): the words typed narrow the table.
#[component]
pub(super) fn SearchField(
    id: &'static str,
    /// (zh, en)
    placeholder: (&'static str, &'static str),
    search: RwSignal<String>,
) -> impl IntoView {
    let lang = AppState::expect().lang;
    view! {
        <div class="catalog-field catalog-search">
            <label for=id>{move || tr(lang.get(), "搜索", "Search")}</label>
            <input
                id=id
                data-testid=id
                type="search"
                autocomplete="off"
                placeholder=move || tr(lang.get(), placeholder.0, placeholder.1)
                prop:value=move || search.get()
                on:input=move |ev| search.set(event_target_value(&ev))
            />
        </div>
    }
}
