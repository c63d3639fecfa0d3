//! What can be wrong with the decision data.

use std::fmt;

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
