//! The tree's data: questions, answers, outcomes, and how they link.

use super::Predicate;
use crate::model::vocab::{I18nText, PlanId, Workload};
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
    pub root: String,
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
    pub id: String,
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
    pub id: String,
    pub label: I18nText,
    /// The reason this answer gives, for the summary ("because … and …").
    pub because: I18nText,
    #[serde(default)]
    pub next: Option<String>,
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
    Node(&'a str),
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

impl DecisionTree {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
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
                    if let Some(node) = self.node(n) {
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
        self.options.iter().find(|c| c.id == id)
    }
}
