//! Loading the trees and checking them: structure first, then against a catalog.

use super::{component_default, Choice, DecisionError, DecisionTree, Lead, Node, Predicate};
use crate::model::catalog::Catalog;
use crate::model::scenario::NumField;
use crate::model::vocab::I18nText;
use crate::model::vocab::PlanId;
use std::collections::{BTreeMap, BTreeSet};

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
                    node: n.id.to_string(),
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
    check_head(t, errors);
    for n in &t.nodes {
        check_node(t, n, errors);
    }
    check_cycles(t, errors);
    check_reachable(t, errors);
}

/// The tree's own fields: id, texts, root and the inputs it names.
fn check_head(t: &DecisionTree, errors: &mut Vec<DecisionError>) {
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
    if t.node(t.root.as_str()).is_none() {
        errors.push(DecisionError::RootMissing {
            tree: tree.clone(),
            root: t.root.to_string(),
        });
    }
    for name in &t.inputs {
        if NumField::parse_name(name).is_none() {
            errors.push(DecisionError::UnknownField {
                tree: tree.clone(),
                node: "inputs".into(),
                field: name.clone(),
            });
        }
    }
}

/// A question: its id, texts, options and predicate.
fn check_node(t: &DecisionTree, n: &Node, errors: &mut Vec<DecisionError>) {
    let tree = t.id.clone();
    let node = n.id.to_string();
    if !kebab(n.id.as_str()) || !n.id.as_str().starts_with(&format!("{}-", t.id)) {
        errors.push(DecisionError::BadId {
            tree: tree.clone(),
            id: n.id.to_string(),
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
        check_option(t, n, c, &mut seen, errors);
    }
    if let Some(p) = &n.predicate {
        check_predicate(t, n, p, errors);
    }
}

/// An answer: its id (once in its node: `seen`), texts and where it leads.
fn check_option<'a>(
    t: &DecisionTree,
    n: &Node,
    c: &'a Choice,
    seen: &mut BTreeSet<&'a str>,
    errors: &mut Vec<DecisionError>,
) {
    let (tree, node, option) = (t.id.clone(), n.id.to_string(), c.id.to_string());
    if !kebab(c.id.as_str()) {
        errors.push(DecisionError::BadId {
            tree: tree.clone(),
            id: c.id.to_string(),
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
        None => errors.push(DecisionError::BadLead { tree, node, option }),
        Some(Lead::Node(target)) if t.node(target.as_str()).is_none() => {
            errors.push(DecisionError::MissingNode {
                tree,
                node,
                option,
                target: target.to_string(),
            })
        }
        Some(_) => {}
    }
}

/// A predicate answers with the question's options; bands name a field and ascend.
fn check_predicate(t: &DecisionTree, n: &Node, p: &Predicate, errors: &mut Vec<DecisionError>) {
    let (tree, node) = (t.id.clone(), n.id.to_string());
    for o in p.options() {
        if n.option(o.as_str()).is_none() {
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
            errors.push(DecisionError::BadBand { tree, node });
        }
    }
}

/// Cycles: depth-first search with colours; one error per tree.
fn check_cycles(t: &DecisionTree, errors: &mut Vec<DecisionError>) {
    let mut colour: BTreeMap<&str, u8> = BTreeMap::new();
    for n in &t.nodes {
        if let Some(node) = find_cycle(t, n.id.as_str(), &mut colour) {
            errors.push(DecisionError::Cycle {
                tree: t.id.clone(),
                node,
            });
            break;
        }
    }
}

/// Every node is reachable from the root.
fn check_reachable(t: &DecisionTree, errors: &mut Vec<DecisionError>) {
    let mut reached = BTreeSet::new();
    let mut stack = vec![t.root.as_str()];
    while let Some(id) = stack.pop() {
        if !reached.insert(id) {
            continue;
        }
        if let Some(n) = t.node(id) {
            for c in &n.options {
                if let Some(Lead::Node(next)) = c.lead() {
                    stack.push(next.as_str());
                }
            }
        }
    }
    for n in &t.nodes {
        if !reached.contains(n.id.as_str()) {
            errors.push(DecisionError::Unreachable {
                tree: t.id.clone(),
                node: n.id.to_string(),
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
                if let Some(found) = find_cycle(t, next.as_str(), colour) {
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
                    check_plan(&mut errors, n.id.as_str(), &o.plan, true);
                }
            }
            match &n.predicate {
                Some(Predicate::Cheaper { plan, than, .. }) => {
                    check_plan(&mut errors, n.id.as_str(), plan, false);
                    check_plan(&mut errors, n.id.as_str(), than, false);
                }
                Some(Predicate::Component { key, .. })
                    if component_default(catalog, key).is_none() =>
                {
                    errors.push(DecisionError::UnknownComponent {
                        tree: t.id.clone(),
                        node: n.id.to_string(),
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
