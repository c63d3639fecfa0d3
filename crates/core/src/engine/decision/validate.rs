//! Loading the trees and checking them: structure first, then against a catalog.

use super::{component_default, DecisionError, DecisionTree, Lead, Predicate};
use crate::model::catalog::Catalog;
use crate::model::scenario::NumField;
use crate::model::vocab::{I18nText, PlanId};
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
