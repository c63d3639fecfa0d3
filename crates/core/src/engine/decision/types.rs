//! The tree's data: questions, answers, outcomes, and how they link.

use super::Predicate;
use crate::model::catalog::plan::Plan;
use crate::model::catalog::Catalog;
use crate::model::scenario::NumField;
use crate::model::vocab::I18nText;
use crate::model::vocab::PlanId;
use crate::model::vocab::Workload;
use crate::model::vocab::{NodeId, OptionId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One seed's reasoning: questions (nodes) whose answers lead to another question or to a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionTree {
    /// `s000` … `s004`: the workload's id (test ids use it: `tree-<id>`).
    pub id: String,
    /// Seed file number, e.g. "000".
    pub seed: String,
    pub workload: Workload,
    pub title: I18nText,
    pub intro: I18nText,
    /// Where in the seed the tree comes from (a quote).
    pub source: String,
    /// Id of the first question.
    pub root: NodeId,
    /// Scenario inputs (`NumField` names) the page shows beside the tree, in this order, for
    /// what the predicates do not name themselves: the costs a `cheaper` predicate compares and
    /// the drivers of the numbers below. Fields a `bands` predicate reads follow on their own
    /// (see [`DecisionTree::fields_read`]).
    #[serde(default)]
    pub inputs: Vec<String>,
    /// The order the seed says to move through its plans as the application grows.
    #[serde(default)]
    pub migration_path: Option<MigrationPath>,
    pub nodes: Vec<Node>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MigrationPath {
    pub plans: Vec<PlanId>,
    pub source: String,
}

/// A question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// Unique across all trees (the URL keeps answers as `a.<node id>=<option id>`), prefixed
    /// with the tree id, lowercase-kebab.
    pub id: NodeId,
    pub question: I18nText,
    pub help: I18nText,
    /// The seed's words this question comes from.
    pub source: String,
    /// How the scenario answers the question, if it can.
    #[serde(default)]
    pub predicate: Option<Predicate>,
    pub options: Vec<Choice>,
}

/// An answer to a question: it leads to another question (`next`) or to an outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Lowercase-kebab, unique within its node.
    pub id: OptionId,
    pub label: I18nText,
    /// The reason this answer gives, for the summary ("because … and …").
    pub because: I18nText,
    #[serde(default)]
    pub next: Option<NodeId>,
    #[serde(default)]
    pub outcome: Option<Outcome>,
}

/// A recommendation: a plan and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub plan: PlanId,
    pub rationale: I18nText,
}

/// Where an answer leads.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lead<'a> {
    Node(&'a NodeId),
    Outcome(&'a Outcome),
}

impl Choice {
    /// `None` when the option names both or neither (the loader rejects that).
    pub fn lead(&self) -> Option<Lead<'_>> {
        match (&self.next, &self.outcome) {
            (Some(n), None) => Some(Lead::Node(n)),
            (None, Some(o)) => Some(Lead::Outcome(o)),
            _ => None,
        }
    }
}

/// The scenario inputs a tree reads: what the page offers beside it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TreeInputs {
    /// Numeric fields: the tree's `inputs`, then each field a `bands` predicate reads that
    /// they do not list (node order), each once.
    pub fields: Vec<NumField>,
    /// A `region` predicate reads where the users are.
    pub region: bool,
    /// A `component` predicate reads a plan component's toggle.
    pub components: bool,
}

impl DecisionTree {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id.as_str() == id)
    }

    /// The scenario inputs the tree's answers (and the numbers beside it) read, derived from
    /// its predicates and its `inputs` list. Unknown names are skipped (the loader rejects them).
    pub fn fields_read(&self) -> TreeInputs {
        let mut out = TreeInputs::default();
        let mut add = |f: Option<NumField>| {
            if let Some(f) = f.filter(|f| !out.fields.contains(f)) {
                out.fields.push(f);
            }
        };
        for name in &self.inputs {
            add(NumField::parse_name(name));
        }
        for p in self.nodes.iter().filter_map(|n| n.predicate.as_ref()) {
            if let Predicate::Bands { field, .. } = p {
                add(NumField::parse_name(field));
            }
        }
        for p in self.nodes.iter().filter_map(|n| n.predicate.as_ref()) {
            match p {
                Predicate::Region { .. } => out.region = true,
                Predicate::Component { .. } => out.components = true,
                _ => {}
            }
        }
        out
    }

    /// The plans the tree can recommend, each once, in node order.
    pub fn outcome_plans(&self) -> Vec<&PlanId> {
        let mut out: Vec<&PlanId> = Vec::new();
        for n in &self.nodes {
            for c in &n.options {
                if let Some(o) = &c.outcome {
                    if !out.contains(&&o.plan) {
                        out.push(&o.plan);
                    }
                }
            }
        }
        out
    }

    /// The tree's outcome plans as the catalog has them, in catalog order (ids it lacks are
    /// left out).
    pub fn plans_in<'c>(&self, catalog: &'c Catalog) -> Vec<&'c Plan> {
        let ids = self.outcome_plans();
        catalog
            .plans
            .iter()
            .filter(|p| ids.contains(&&p.id))
            .collect()
    }

    /// Plans reachable through an option (its outcome, or every outcome below its next node).
    pub fn reachable<'a>(&'a self, choice: &'a Choice) -> BTreeSet<&'a PlanId> {
        let mut out = BTreeSet::new();
        let mut stack: Vec<&Choice> = vec![choice];
        let mut seen = BTreeSet::new();
        while let Some(c) = stack.pop() {
            match c.lead() {
                Some(Lead::Outcome(o)) => {
                    out.insert(&o.plan);
                }
                Some(Lead::Node(n)) if seen.insert(n) => {
                    if let Some(node) = self.node(n.as_str()) {
                        stack.extend(node.options.iter());
                    }
                }
                _ => {}
            }
        }
        out
    }
}

impl Node {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|c| c.id.as_str() == id)
    }
}
