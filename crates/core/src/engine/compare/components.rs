//! The optional components and owned resources offered for a scenario's workload.

use crate::engine::estimate::plans_for;
use crate::model::catalog::plan::ToggleKind;
use crate::model::catalog::Catalog;
use crate::model::scenario::Scenario;
use crate::model::vocab::I18nText;

/// One checkbox of the scenario form: a component of the workload's plans.
#[derive(Clone, Debug, PartialEq)]
pub struct ComponentChoice {
    /// The component key (`c.<key>` in the URL).
    pub key: String,
    pub label: I18nText,
    /// Switched on in the scenario (or by the plan's default when the scenario says nothing).
    pub on: bool,
    /// An owned resource: counts 0 when switched on.
    pub owned: bool,
}

/// Every component of the workload's plans, once each (the first plan that has it gives its
/// label and default), in plan order then line order.
pub fn components_for(s: &Scenario, catalog: &'static Catalog) -> Vec<ComponentChoice> {
    let mut out: Vec<ComponentChoice> = Vec::new();
    for plan in plans_for(s.workload, catalog) {
        for c in plan.components() {
            if !out.iter().any(|o| o.key == c.key) {
                out.push(ComponentChoice {
                    key: c.key.clone(),
                    label: c.label.clone(),
                    on: s.component_on(&c.key, c.default_on),
                    owned: c.kind == ToggleKind::Owned,
                });
            }
        }
    }
    out
}
