//! Decision trees (`catalog/decisions/*.json`): the seeds' reasoning as data. A tree is walked
//! with the visitor's answers; a question that carries a predicate is answered from the
//! scenario when the visitor has not answered it, and the visitor can override that answer.

use crate::domain::catalog::{Catalog, I18nText};
use crate::domain::estimate::{estimate, CapacityStatus, Estimate, Meets};
use crate::domain::money::Range;
use crate::domain::plan::PlanId;
use crate::domain::scenario::{NumField, Region, Scenario, Workload};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::OnceLock;

/// The embedded trees as (file name, JSON text). Adding a tree is a JSON file listed here.
pub const SOURCES: [(&str, &str); 5] = [
    (
        "decisions/s000.json",
        include_str!("../../catalog/decisions/s000.json"),
    ),
    (
        "decisions/s001.json",
        include_str!("../../catalog/decisions/s001.json"),
    ),
    (
        "decisions/s002.json",
        include_str!("../../catalog/decisions/s002.json"),
    ),
    (
        "decisions/s003.json",
        include_str!("../../catalog/decisions/s003.json"),
    ),
    (
        "decisions/s004.json",
        include_str!("../../catalog/decisions/s004.json"),
    ),
];

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

/// One band of a numeric predicate: the option when the value is below (or at most) a bound.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    #[serde(default)]
    pub below: Option<f64>,
    #[serde(default)]
    pub at_most: Option<f64>,
    pub option: String,
}

impl Band {
    fn contains(&self, v: f64) -> bool {
        match (self.below, self.at_most) {
            (Some(b), _) => v < b,
            (None, Some(m)) => v <= m,
            (None, None) => false,
        }
    }

    fn bound(&self) -> Option<f64> {
        self.below.or(self.at_most)
    }
}

/// How the scenario answers a question. Typed, not an expression language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Predicate {
    /// A numeric scenario field (`NumField` name): the first band that holds, else `otherwise`.
    Bands {
        field: String,
        bands: Vec<Band>,
        otherwise: String,
    },
    /// Where the users are.
    Region { china: String, global: String },
    /// `then` when `plan` costs less per month than `than` under the scenario (midpoints, USD),
    /// else `else`. No answer while either total is only a lower bound.
    Cheaper {
        plan: PlanId,
        than: PlanId,
        then: String,
        #[serde(rename = "else")]
        otherwise: String,
    },
    /// A plan component's toggle (e.g. a resource already owned).
    Component {
        key: String,
        on: String,
        off: String,
    },
}

/// What the scenario said, so the page can show it ("from your scenario: 10 peak users").
#[derive(Clone, Debug, PartialEq)]
pub enum Evidence {
    Num {
        field: NumField,
        value: f64,
    },
    Region(Region),
    Cheaper {
        plan: PlanId,
        than: PlanId,
        plan_usd: f64,
        than_usd: f64,
    },
    Component {
        key: String,
        on: bool,
    },
}

/// The scenario's answer to a question.
#[derive(Clone, Debug, PartialEq)]
pub struct AutoAnswer {
    pub option: String,
    pub evidence: Evidence,
}

impl Predicate {
    /// Every option id the predicate can answer with.
    pub fn options(&self) -> Vec<&str> {
        match self {
            Predicate::Bands {
                bands, otherwise, ..
            } => bands
                .iter()
                .map(|b| b.option.as_str())
                .chain([otherwise.as_str()])
                .collect(),
            Predicate::Region { china, global } => vec![china, global],
            Predicate::Cheaper {
                then, otherwise, ..
            } => vec![then, otherwise],
            Predicate::Component { on, off, .. } => vec![on, off],
        }
    }

    /// The scenario's answer; `None` when the scenario cannot tell.
    pub fn eval(&self, s: &Scenario, catalog: &Catalog) -> Option<AutoAnswer> {
        match self {
            Predicate::Bands {
                field,
                bands,
                otherwise,
            } => {
                let f = NumField::parse_name(field)?;
                let v = s.num(f);
                let option = bands
                    .iter()
                    .find(|b| b.contains(v))
                    .map_or(otherwise, |b| &b.option)
                    .clone();
                Some(AutoAnswer {
                    option,
                    evidence: Evidence::Num { field: f, value: v },
                })
            }
            Predicate::Region { china, global } => Some(AutoAnswer {
                option: match s.region {
                    Region::China => china.clone(),
                    Region::Global => global.clone(),
                },
                evidence: Evidence::Region(s.region),
            }),
            Predicate::Cheaper {
                plan,
                than,
                then,
                otherwise,
            } => {
                let a = estimate(catalog.plan(plan.as_str())?, s, catalog);
                let b = estimate(catalog.plan(than.as_str())?, s, catalog);
                if a.is_lower_bound() || b.is_lower_bound() {
                    return None;
                }
                let (pa, pb) = (mid_usd(&a), mid_usd(&b));
                Some(AutoAnswer {
                    option: if pa < pb { then } else { otherwise }.clone(),
                    evidence: Evidence::Cheaper {
                        plan: plan.clone(),
                        than: than.clone(),
                        plan_usd: pa,
                        than_usd: pb,
                    },
                })
            }
            Predicate::Component { key, on, off } => {
                let default_on = component_default(catalog, key)?;
                let is_on = s.component_on(key, default_on);
                Some(AutoAnswer {
                    option: if is_on { on } else { off }.clone(),
                    evidence: Evidence::Component {
                        key: key.clone(),
                        on: is_on,
                    },
                })
            }
        }
    }
}

fn mid_usd(e: &Estimate) -> f64 {
    e.monthly_usd.range().mid()
}

/// A component's default, from the first plan line that declares it.
fn component_default(catalog: &Catalog, key: &str) -> Option<bool> {
    catalog
        .plans
        .iter()
        .flat_map(|p| p.lines.iter())
        .filter_map(|l| l.component.as_ref())
        .find(|c| c.key == key)
        .map(|c| c.default_on)
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
    pub ignored: Vec<(String, String)>,
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
    answers: &BTreeMap<String, String>,
) -> Walk<'a> {
    let ignored = tree
        .nodes
        .iter()
        .filter_map(|n| {
            answers
                .get(&n.id)
                .filter(|a| n.option(a).is_none())
                .map(|a| (n.id.clone(), a.clone()))
        })
        .collect();
    let mut steps = Vec::new();
    let mut outcome = None;
    let mut at = tree.node(&tree.root);
    // a valid tree has no cycle; the bound keeps a broken one from looping
    while let Some(node) = at.take() {
        if steps.len() >= tree.nodes.len() {
            break;
        }
        let auto = node.predicate.as_ref().and_then(|p| p.eval(s, catalog));
        let visitor = answers.get(&node.id).and_then(|a| node.option(a));
        let (choice, by) = match (visitor, &auto) {
            (Some(c), _) => (Some(c), Some(AnsweredBy::Visitor)),
            (None, Some(a)) => match node.option(&a.option) {
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
            Some(Lead::Node(n)) => at = tree.node(n),
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

/// A plan's figures under the scenario, for "why not the others".
#[derive(Clone, Debug, PartialEq)]
pub struct PlanFacts {
    pub plan: PlanId,
    /// Monthly total, midpoint of the low–high range, USD.
    pub usd: f64,
    /// An unknown price makes the total "at least".
    pub lower_bound: bool,
    pub latency_ms: Option<Range<f64>>,
    pub meets: Option<Meets>,
    pub serves_peak: bool,
    pub privacy: Option<u8>,
}

impl PlanFacts {
    pub fn of(plan_id: &PlanId, s: &Scenario, catalog: &Catalog) -> Option<PlanFacts> {
        let plan = catalog.plan(plan_id.as_str())?;
        let e = estimate(plan, s, catalog);
        Some(PlanFacts {
            plan: plan_id.clone(),
            usd: mid_usd(&e),
            lower_bound: e.is_lower_bound(),
            latency_ms: e.latency.as_ref().map(|l| l.total_ms),
            meets: e.latency.as_ref().map(|l| l.meets),
            serves_peak: e
                .capacity
                .as_ref()
                .is_none_or(|c| c.status == CapacityStatus::Ok),
            privacy: plan.privacy.as_ref().map(|p| p.rating),
        })
    }
}

/// Where the path left another outcome behind: at `node`, the answer `chosen` was taken where
/// `instead` would have led towards it.
#[derive(Clone, Debug, PartialEq)]
pub struct Exclusion {
    pub node: String,
    pub chosen: String,
    pub instead: String,
}

/// Another outcome of the tree, set against the recommendation.
#[derive(Clone, Debug, PartialEq)]
pub struct WhyNot {
    pub facts: PlanFacts,
    /// This plan's monthly cost ÷ the recommended plan's; `None` when the recommended costs 0.
    pub cost_ratio: Option<f64>,
    pub excluded_at: Option<Exclusion>,
}

/// The recommended plan's figures and, for every other outcome of the tree, its figures and
/// the answer that ruled it out. `None` until the walk reaches an outcome.
pub fn why_not(walk: &Walk, s: &Scenario, catalog: &Catalog) -> Option<(PlanFacts, Vec<WhyNot>)> {
    let chosen = walk.outcome?;
    let mine = PlanFacts::of(&chosen.plan, s, catalog)?;
    let others = walk
        .tree
        .outcome_plans()
        .into_iter()
        .filter(|p| **p != chosen.plan)
        .filter_map(|p| {
            let facts = PlanFacts::of(p, s, catalog)?;
            let cost_ratio = (mine.usd > 0.0).then(|| facts.usd / mine.usd);
            Some(WhyNot {
                excluded_at: exclusion(walk, p),
                facts,
                cost_ratio,
            })
        })
        .collect();
    Some((mine, others))
}

fn exclusion(walk: &Walk, plan: &PlanId) -> Option<Exclusion> {
    for step in &walk.steps {
        let chosen = step.choice?;
        if walk.tree.reachable(chosen).contains(plan) {
            continue;
        }
        let instead = step
            .node
            .options
            .iter()
            .find(|o| o.id != chosen.id && walk.tree.reachable(o).contains(plan))?;
        return Some(Exclusion {
            node: step.node.id.clone(),
            chosen: chosen.id.clone(),
            instead: instead.id.clone(),
        });
    }
    None
}

/// A problem in the decision data.
#[derive(Clone, Debug, PartialEq)]
pub enum DecisionError {
    Parse {
        file: String,
        message: String,
    },
    BadId {
        tree: String,
        id: String,
    },
    DuplicateTree(String),
    TreeWorkload {
        tree: String,
    },
    DuplicateNode {
        tree: String,
        node: String,
    },
    DuplicateOption {
        tree: String,
        node: String,
        option: String,
    },
    RootMissing {
        tree: String,
        root: String,
    },
    TooFewOptions {
        tree: String,
        node: String,
    },
    /// An option with both `next` and `outcome`, or neither.
    BadLead {
        tree: String,
        node: String,
        option: String,
    },
    MissingNode {
        tree: String,
        node: String,
        option: String,
        target: String,
    },
    Cycle {
        tree: String,
        node: String,
    },
    Unreachable {
        tree: String,
        node: String,
    },
    /// A predicate answers with an option the question does not have.
    PredicateOption {
        tree: String,
        node: String,
        option: String,
    },
    UnknownField {
        tree: String,
        node: String,
        field: String,
    },
    BadBand {
        tree: String,
        node: String,
    },
    EmptyText {
        tree: String,
        node: String,
        what: String,
    },
    UnknownPlan {
        tree: String,
        node: String,
        plan: String,
    },
    /// An outcome (or the migration path) names a plan of another workload.
    ForeignPlan {
        tree: String,
        node: String,
        plan: String,
    },
    UnknownComponent {
        tree: String,
        node: String,
        key: String,
    },
}

impl fmt::Display for DecisionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DecisionError::*;
        match self {
            Parse { file, message } => write!(f, "{file}: {message}"),
            BadId { tree, id } => write!(f, "{tree}: id `{id}` is not lowercase-kebab (or lacks the tree prefix)"),
            DuplicateTree(t) => write!(f, "tree `{t}` is defined twice"),
            TreeWorkload { tree } => write!(f, "{tree}: the tree id must be its workload's id"),
            DuplicateNode { tree, node } => write!(f, "{tree}: node `{node}` is defined twice"),
            DuplicateOption { tree, node, option } => {
                write!(f, "{tree}/{node}: option `{option}` is defined twice")
            }
            RootMissing { tree, root } => write!(f, "{tree}: root `{root}` is not a node"),
            TooFewOptions { tree, node } => write!(f, "{tree}/{node}: a question needs two options or more"),
            BadLead { tree, node, option } => {
                write!(f, "{tree}/{node}/{option}: give exactly one of `next` and `outcome`")
            }
            MissingNode { tree, node, option, target } => {
                write!(f, "{tree}/{node}/{option}: leads to `{target}`, which is not a node")
            }
            Cycle { tree, node } => write!(f, "{tree}: a cycle passes through `{node}`"),
            Unreachable { tree, node } => write!(f, "{tree}: `{node}` cannot be reached from the root"),
            PredicateOption { tree, node, option } => {
                write!(f, "{tree}/{node}: the predicate answers `{option}`, which is not an option")
            }
            UnknownField { tree, node, field } => write!(f, "{tree}/{node}: unknown field `{field}`"),
            BadBand { tree, node } => write!(
                f,
                "{tree}/{node}: each band needs exactly one of `below` and `at_most`, in ascending order"
            ),
            EmptyText { tree, node, what } => write!(f, "{tree}/{node}: empty {what}"),
            UnknownPlan { tree, node, plan } => write!(f, "{tree}/{node}: unknown plan `{plan}`"),
            ForeignPlan { tree, node, plan } => {
                write!(f, "{tree}/{node}: plan `{plan}` belongs to another workload")
            }
            UnknownComponent { tree, node, key } => {
                write!(f, "{tree}/{node}: no plan has component `{key}`")
            }
        }
    }
}

fn kebab(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn text_ok(t: &I18nText) -> bool {
    !t.zh.trim().is_empty() && !t.en.trim().is_empty()
}

/// Parses the trees and checks their structure (ids, links, cycles, reachability, predicates,
/// texts). Plan and component names are checked against a catalog by [`check_against`].
pub fn load(sources: &[(&str, &str)]) -> Result<Vec<DecisionTree>, Vec<DecisionError>> {
    let mut errors = Vec::new();
    let mut trees: Vec<DecisionTree> = Vec::new();
    for (file, text) in sources {
        match serde_json::from_str::<DecisionTree>(text) {
            Ok(t) => trees.push(t),
            Err(e) => errors.push(DecisionError::Parse {
                file: (*file).to_string(),
                message: e.to_string(),
            }),
        }
    }
    let mut tree_ids = BTreeSet::new();
    let mut node_ids = BTreeSet::new();
    for t in &trees {
        if !tree_ids.insert(t.id.as_str()) {
            errors.push(DecisionError::DuplicateTree(t.id.clone()));
        }
        for n in &t.nodes {
            if !node_ids.insert(n.id.as_str()) {
                errors.push(DecisionError::DuplicateNode {
                    tree: t.id.clone(),
                    node: n.id.clone(),
                });
            }
        }
        check_tree(t, &mut errors);
    }
    if errors.is_empty() {
        Ok(trees)
    } else {
        Err(errors)
    }
}

fn check_tree(t: &DecisionTree, errors: &mut Vec<DecisionError>) {
    let tree = t.id.clone();
    if t.id != t.workload.as_str() {
        errors.push(DecisionError::TreeWorkload { tree: tree.clone() });
    }
    if !text_ok(&t.title) || !text_ok(&t.intro) || t.source.trim().is_empty() {
        errors.push(DecisionError::EmptyText {
            tree: tree.clone(),
            node: String::new(),
            what: "title, intro or source".into(),
        });
    }
    if t.node(&t.root).is_none() {
        errors.push(DecisionError::RootMissing {
            tree: tree.clone(),
            root: t.root.clone(),
        });
    }
    let prefix = format!("{}-", t.id);
    for n in &t.nodes {
        let node = n.id.clone();
        if !kebab(&n.id) || !n.id.starts_with(&prefix) {
            errors.push(DecisionError::BadId {
                tree: tree.clone(),
                id: n.id.clone(),
            });
        }
        for (what, ok) in [
            ("question", text_ok(&n.question)),
            ("help", text_ok(&n.help)),
            ("source", !n.source.trim().is_empty()),
        ] {
            if !ok {
                errors.push(DecisionError::EmptyText {
                    tree: tree.clone(),
                    node: node.clone(),
                    what: what.into(),
                });
            }
        }
        if n.options.len() < 2 {
            errors.push(DecisionError::TooFewOptions {
                tree: tree.clone(),
                node: node.clone(),
            });
        }
        let mut seen = BTreeSet::new();
        for c in &n.options {
            let option = c.id.clone();
            if !kebab(&c.id) {
                errors.push(DecisionError::BadId {
                    tree: tree.clone(),
                    id: c.id.clone(),
                });
            }
            if !seen.insert(c.id.as_str()) {
                errors.push(DecisionError::DuplicateOption {
                    tree: tree.clone(),
                    node: node.clone(),
                    option: option.clone(),
                });
            }
            let rationale_ok = c.outcome.as_ref().is_none_or(|o| text_ok(&o.rationale));
            if !text_ok(&c.label) || !text_ok(&c.because) || !rationale_ok {
                errors.push(DecisionError::EmptyText {
                    tree: tree.clone(),
                    node: node.clone(),
                    what: format!("text of option `{}`", c.id),
                });
            }
            match c.lead() {
                None => errors.push(DecisionError::BadLead {
                    tree: tree.clone(),
                    node: node.clone(),
                    option: option.clone(),
                }),
                Some(Lead::Node(target)) if t.node(target).is_none() => {
                    errors.push(DecisionError::MissingNode {
                        tree: tree.clone(),
                        node: node.clone(),
                        option: option.clone(),
                        target: target.to_string(),
                    })
                }
                Some(_) => {}
            }
        }
        if let Some(p) = &n.predicate {
            for o in p.options() {
                if n.option(o).is_none() {
                    errors.push(DecisionError::PredicateOption {
                        tree: tree.clone(),
                        node: node.clone(),
                        option: o.to_string(),
                    });
                }
            }
            if let Predicate::Bands { field, bands, .. } = p {
                if NumField::parse_name(field).is_none() {
                    errors.push(DecisionError::UnknownField {
                        tree: tree.clone(),
                        node: node.clone(),
                        field: field.clone(),
                    });
                }
                let one_bound = bands
                    .iter()
                    .all(|b| b.below.is_some() != b.at_most.is_some());
                let ascending = bands
                    .windows(2)
                    .all(|w| w[0].bound().unwrap_or(f64::NAN) < w[1].bound().unwrap_or(f64::NAN));
                if bands.is_empty() || !one_bound || !ascending {
                    errors.push(DecisionError::BadBand {
                        tree: tree.clone(),
                        node: node.clone(),
                    });
                }
            }
        }
    }
    // cycles: depth-first search with colours
    let mut colour: BTreeMap<&str, u8> = BTreeMap::new();
    for n in &t.nodes {
        if let Some(node) = find_cycle(t, &n.id, &mut colour) {
            errors.push(DecisionError::Cycle {
                tree: tree.clone(),
                node,
            });
            break;
        }
    }
    // reachability from the root
    let mut reached = BTreeSet::new();
    let mut stack = vec![t.root.as_str()];
    while let Some(id) = stack.pop() {
        if !reached.insert(id) {
            continue;
        }
        if let Some(n) = t.node(id) {
            for c in &n.options {
                if let Some(Lead::Node(next)) = c.lead() {
                    stack.push(next);
                }
            }
        }
    }
    for n in &t.nodes {
        if !reached.contains(n.id.as_str()) {
            errors.push(DecisionError::Unreachable {
                tree: tree.clone(),
                node: n.id.clone(),
            });
        }
    }
}

/// 0 = unvisited, 1 = on the stack, 2 = done. Returns a node on a cycle.
fn find_cycle<'a>(
    t: &'a DecisionTree,
    id: &'a str,
    colour: &mut BTreeMap<&'a str, u8>,
) -> Option<String> {
    match colour.get(id) {
        Some(1) => return Some(id.to_string()),
        Some(2) => return None,
        _ => {}
    }
    colour.insert(id, 1);
    if let Some(n) = t.node(id) {
        for c in &n.options {
            if let Some(Lead::Node(next)) = c.lead() {
                if let Some(found) = find_cycle(t, next, colour) {
                    return Some(found);
                }
            }
        }
    }
    colour.insert(id, 2);
    None
}

/// Checks plan ids (outcomes, predicates, migration paths) and component keys against the
/// catalog. An outcome must be a plan of the tree's own workload, so the comparison it links to
/// shows it.
pub fn check_against(trees: &[DecisionTree], catalog: &Catalog) -> Vec<DecisionError> {
    let mut errors = Vec::new();
    for t in trees {
        let check_plan =
            |errors: &mut Vec<DecisionError>, node: &str, plan: &PlanId, own: bool| match catalog
                .plan(plan.as_str())
            {
                None => errors.push(DecisionError::UnknownPlan {
                    tree: t.id.clone(),
                    node: node.to_string(),
                    plan: plan.0.clone(),
                }),
                Some(p) if own && p.workload != t.workload => {
                    errors.push(DecisionError::ForeignPlan {
                        tree: t.id.clone(),
                        node: node.to_string(),
                        plan: plan.0.clone(),
                    })
                }
                Some(_) => {}
            };
        for n in &t.nodes {
            for c in &n.options {
                if let Some(o) = &c.outcome {
                    check_plan(&mut errors, &n.id, &o.plan, true);
                }
            }
            match &n.predicate {
                Some(Predicate::Cheaper { plan, than, .. }) => {
                    check_plan(&mut errors, &n.id, plan, false);
                    check_plan(&mut errors, &n.id, than, false);
                }
                Some(Predicate::Component { key, .. })
                    if component_default(catalog, key).is_none() =>
                {
                    errors.push(DecisionError::UnknownComponent {
                        tree: t.id.clone(),
                        node: n.id.clone(),
                        key: key.clone(),
                    })
                }
                _ => {}
            }
        }
        if let Some(m) = &t.migration_path {
            for p in &m.plans {
                check_plan(&mut errors, "migration_path", p, true);
            }
        }
    }
    errors
}

/// The embedded trees, loaded and checked (against the embedded catalog when it loads) once.
pub fn trees() -> &'static Result<Vec<DecisionTree>, Vec<DecisionError>> {
    static TREES: OnceLock<Result<Vec<DecisionTree>, Vec<DecisionError>>> = OnceLock::new();
    TREES.get_or_init(|| {
        let trees = load(&SOURCES)?;
        if let Ok(cat) = crate::domain::catalog::shared() {
            let errs = check_against(&trees, cat);
            if !errs.is_empty() {
                return Err(errs);
            }
        }
        Ok(trees)
    })
}

/// The tree of a workload (`custom` has none).
pub fn tree_for(workload: Workload) -> Option<&'static DecisionTree> {
    trees()
        .as_ref()
        .ok()?
        .iter()
        .find(|t| t.workload == workload)
}

/// A tree by id.
pub fn tree(id: &str) -> Option<&'static DecisionTree> {
    trees().as_ref().ok()?.iter().find(|t| t.id == id)
}
