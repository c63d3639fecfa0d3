//! A plan's lines as bars, low and high, in the primary currency of the view.

use super::card_model::CardModel;
use crate::ui::i18n::{pick, t, Key};
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::report::chart::{line_breakdown, ChartText};
use leptos::prelude::*;

/// Bars of a plan's lines, low and high (element `chart-<plan id>`, test id `chart-breakdown`).
#[component]
pub fn BreakdownChart(plan: &'static Plan, model: Memo<Option<CardModel>>) -> impl IntoView {
    let lang = AppState::expect().lang;
    let chart = Memo::new(move |_| {
        let lang = lang.get();
        model.get().map(|m| {
            let e = &m.row.estimate;
            let text = ChartText {
                low: t(lang, Key::Low).to_string(),
                high: t(lang, Key::High).to_string(),
                line_labels: e
                    .lines
                    .iter()
                    .map(|l| {
                        plan.lines
                            .get(l.index)
                            .map(|tpl| pick(lang, &tpl.label).to_string())
                            .unwrap_or_default()
                    })
                    .collect(),
            };
            line_breakdown(e, m.primary(), m.fx, &text)
        })
    });
    let title = Signal::derive(move || t(lang.get(), Key::ChartBreakdownTitle).to_string());
    view! { <ChartFigure name=plan.id.as_str() testid="chart-breakdown" title=title chart=chart /> }
}
