//! What one breakdown card shows, shared by the card, its chart and its lines table.

use deploycalc_core::engine::compare::PlanRow;
use deploycalc_core::model::catalog::Date;
use deploycalc_core::model::money::{Currency, Fx};

/// What one breakdown shows, derived in one memo from the comparison. Render closures read
/// this memo (and the language) but never also its sources: a closure that reads a memo
/// together with one of that memo's own sources can miss an update in leptos 0.8.
#[derive(Clone, Debug, PartialEq)]
pub struct CardModel {
    pub row: PlanRow,
    /// Currencies to show, primary first.
    pub currencies: Vec<Currency>,
    pub fx: Fx,
    pub today: Date,
}

impl CardModel {
    pub fn primary(&self) -> Currency {
        self.currencies.first().copied().unwrap_or(Currency::Usd)
    }
}
