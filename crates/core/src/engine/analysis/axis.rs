//! The scenario drivers a break-even point is sought along.

use crate::model::scenario::Scenario;

use crate::model::vocab::Workload;

/// The scenario driver a break-even point is sought along.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Axis {
    /// Conversation hours per month, everything else fixed.
    ConversationHours,
    /// Monthly active users; peak, conversation hours, data and requests scale with them (as on
    /// the comparison's cost curve).
    Users,
    /// Object storage, GB.
    StorageGb,
    /// Internet egress, GB per month.
    EgressGb,
}

/// The search runs from 0 to ten times the scenario's value, and at least to this.
pub const MIN_SPAN: f64 = 100.0;

impl Axis {
    pub const ALL: [Axis; 4] = [
        Axis::ConversationHours,
        Axis::Users,
        Axis::StorageGb,
        Axis::EgressGb,
    ];

    /// Stable name (the `data-driver` of a break-even point).
    pub fn as_str(self) -> &'static str {
        match self {
            Axis::ConversationHours => "hours",
            Axis::Users => "users",
            Axis::StorageGb => "storage",
            Axis::EgressGb => "egress",
        }
    }

    pub fn parse(s: &str) -> Option<Axis> {
        Axis::ALL.into_iter().find(|a| a.as_str() == s)
    }

    pub fn value(self, s: &Scenario) -> f64 {
        match self {
            Axis::ConversationHours => s.conversation_hours,
            Axis::Users => s.users,
            Axis::StorageGb => s.storage_gb,
            Axis::EgressGb => s.egress_gb,
        }
    }

    /// The scenario moved to `x` on this axis.
    pub fn at(self, s: &Scenario, x: f64) -> Scenario {
        match self {
            Axis::ConversationHours => Scenario {
                conversation_hours: x,
                ..s.clone()
            },
            Axis::Users => users_at(s, x),
            Axis::StorageGb => Scenario {
                storage_gb: x,
                ..s.clone()
            },
            Axis::EgressGb => Scenario {
                egress_gb: x,
                ..s.clone()
            },
        }
    }

    /// The range searched: `0 ..= max(10 × the scenario's value, MIN_SPAN)`.
    pub fn span(self, s: &Scenario) -> (f64, f64) {
        (0.0, (self.value(s) * 10.0).max(MIN_SPAN))
    }

    /// The driver that matters most for a workload's plans.
    pub fn default_for(w: Workload) -> Axis {
        match w {
            Workload::S000 | Workload::S002 => Axis::ConversationHours,
            Workload::S001 => Axis::StorageGb,
            Workload::S003 | Workload::S004 | Workload::Custom => Axis::Users,
        }
    }
}

/// The scenario at `x` users: usage (peak, conversation hours, data, requests) scales with
/// the users; the peak and the requests stay whole.
fn users_at(s: &Scenario, x: f64) -> Scenario {
    let mut out = s.clone();
    out.users = x;
    if s.users > 0.0 {
        let k = x / s.users;
        out.peak_concurrency = (s.peak_concurrency * k).ceil();
        out.conversation_hours *= k;
        out.storage_gb *= k;
        out.db_gb *= k;
        out.egress_gb *= k;
        out.log_gb *= k;
        out.requests = (out.requests * k).round();
    }
    out
}
