//! Walking a tree with the visitor's answers and the scenario's.

use super::{AutoAnswer, Choice, DecisionTree, Lead, Node, Outcome};
use crate::model::catalog::Catalog;
use crate::model::scenario::Scenario;
use crate::model::vocab::{I18nText, NodeId, OptionId};
use std::collections::BTreeMap;

/// Who answered a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnsweredBy {
    /// The visitor chose it (kept in the URL).
    Visitor,
    /// The scenario answered it through the question's predicate.
    Scenario,
}

/// One question on the path taken.
#[derive(Clone, Debug, PartialEq)]
pub struct Step<'a> {
    pub node: &'a Node,
    /// `None` while the question waits for an answer.
    pub choice: Option<&'a Choice>,
    pub by: Option<AnsweredBy>,
    /// The scenario's answer, whenever the question has one (also when overridden).
    pub auto: Option<AutoAnswer>,
}

impl Step<'_> {
    /// The visitor chose something other than the scenario's answer.
    pub fn overridden(&self) -> bool {
        self.by == Some(AnsweredBy::Visitor)
            && match (&self.auto, self.choice) {
                (Some(a), Some(c)) => a.option != c.id,
                _ => false,
            }
    }
}

/// The path through a tree for a scenario and the visitor's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Walk<'a> {
    pub tree: &'a DecisionTree,
    pub steps: Vec<Step<'a>>,
    pub outcome: Option<&'a Outcome>,
    /// Answers in the URL for this tree's questions that name no option of the question.
    pub ignored: Vec<(NodeId, OptionId)>,
}

impl<'a> Walk<'a> {
    /// The question waiting for an answer, if the walk stopped before an outcome.
    pub fn pending(&self) -> Option<&'a Node> {
        self.steps
            .last()
            .filter(|s| s.choice.is_none())
            .map(|s| s.node)
    }

    /// The reasons along the path, in order (each answer's `because`).
    pub fn reasons(&self) -> Vec<&'a I18nText> {
        self.steps
            .iter()
            .filter_map(|s| s.choice.map(|c| &c.because))
            .collect()
    }
}

/// Walks `tree` from its root: at each question the visitor's answer if there is a valid one,
/// else the scenario's; stops at an outcome or at a question nobody has answered.
pub fn walk<'a>(
    tree: &'a DecisionTree,
    s: &Scenario,
    catalog: &Catalog,
    answers: &BTreeMap<NodeId, OptionId>,
) -> Walk<'a> {
    let ignored = tree
        .nodes
        .iter()
        .filter_map(|n| {
            answers
                .get(&n.id)
                .filter(|a| n.option(a.as_str()).is_none())
                .map(|a| (n.id.clone(), a.clone()))
        })
        .collect();
    let mut steps = Vec::new();
    let mut outcome = None;
    let mut at = tree.node(tree.root.as_str());
    // a valid tree has no cycle; the bound keeps a broken one from looping
    while let Some(node) = at.take() {
        if steps.len() >= tree.nodes.len() {
            break;
        }
        let auto = node.predicate.as_ref().and_then(|p| p.eval(s, catalog));
        let visitor = answers.get(&node.id).and_then(|a| node.option(a.as_str()));
        let (choice, by) = match (visitor, &auto) {
            (Some(c), _) => (Some(c), Some(AnsweredBy::Visitor)),
            (None, Some(a)) => match node.option(a.option.as_str()) {
                Some(c) => (Some(c), Some(AnsweredBy::Scenario)),
                None => (None, None),
            },
            (None, None) => (None, None),
        };
        steps.push(Step {
            node,
            choice,
            by,
            auto,
        });
        match choice.and_then(Choice::lead) {
            Some(Lead::Node(n)) => at = tree.node(n.as_str()),
            Some(Lead::Outcome(o)) => outcome = Some(o),
            None => {}
        }
    }
    Walk {
        tree,
        steps,
        outcome,
        ignored,
    }
}
