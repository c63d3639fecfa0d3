//! Typed quantity drivers: how much of a priced unit a plan line uses under a scenario.

use crate::domain::money::{Range, HOURS_PER_MONTH};
use crate::domain::scenario::Scenario;
use serde::{Deserialize, Serialize};

/// A scenario quantity that a line can scale with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Driver {
    /// Monthly active users.
    Users,
    /// Conversation hours per month.
    ConversationHours,
    /// Conversation minutes per month (hours × 60).
    ConversationMinutes,
}

impl Driver {
    pub fn value(self, s: &Scenario) -> f64 {
        match self {
            Driver::Users => s.users,
            Driver::ConversationHours => s.conversation_hours,
            Driver::ConversationMinutes => s.conversation_hours * 60.0,
        }
    }
}

/// How a line's quantity (in its price record's unit) follows from the scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Quantity {
    /// A fixed amount, e.g. 50 GB-month of disk or 1 month of a plan.
    Fixed { value: f64 },
    /// `count` machines running all month: `count × 730` hours.
    AlwaysOn { count: f64 },
    /// `factor` units per unit of a scenario driver.
    PerDriver { driver: Driver, factor: f64 },
}

impl Quantity {
    /// The quantity, low and high, for this scenario. Never negative for a valid scenario.
    pub fn eval(&self, s: &Scenario) -> Range<f64> {
        match *self {
            Quantity::Fixed { value } => Range::point(value),
            Quantity::AlwaysOn { count } => Range::point(count * HOURS_PER_MONTH),
            Quantity::PerDriver { driver, factor } => Range::point(driver.value(s) * factor),
        }
    }
}
