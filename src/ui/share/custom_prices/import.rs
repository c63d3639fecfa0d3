//! The custom prices as a JSON file: chosen, checked as a whole and applied (or refused with
//! every problem), and saved.

use super::outcome::Outcome;
use crate::ui::browser::{download, read_text, today};
use crate::ui::state::AppState;
use deploycalc_core::model::custom_prices::{
    import, CustomPrices, ImportError, Problem, MAX_BYTES,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Reads the chosen file and applies its prices (a history entry), or records why not.
pub(super) fn import_file(
    st: AppState,
    outcome: RwSignal<Option<Outcome>>,
    ev: &leptos::ev::Event,
) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    // the same file may be chosen again after a fix
    input.set_value("");
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_BYTES {
        // refused without reading it
        outcome.set(Some(Outcome::Refused {
            file: name,
            errors: vec![ImportError {
                record: String::new(),
                problem: Problem::TooLarge {
                    bytes: size,
                    limit: MAX_BYTES,
                },
            }],
        }));
        return;
    }
    read_text(&file, move |text| {
        let catalog = st.catalog;
        match import(&text, catalog) {
            Ok(prices) => {
                let count = prices.len();
                st.commit(true, move |u| prices.apply_to(&mut u.scenario));
                outcome.set(Some(Outcome::Applied { file: name, count }));
            }
            Err(errors) => outcome.set(Some(Outcome::Refused { file: name, errors })),
        }
    });
}

/// Saves the scenario's custom prices as a JSON file.
pub(super) fn export_file(st: AppState) {
    let catalog = st.catalog;
    let prices = st.scenario.with_untracked(CustomPrices::from_scenario);
    let date = today().unwrap_or(catalog.meta.as_of);
    download(
        &format!("deploycalc-custom-prices-{date}.json"),
        "application/json",
        &prices.to_json(catalog),
    );
}
