//! The decision page's tree: the wizard (one question at a time, back / next), the
//! recommendation with its reasons and "why not the others", the whole tree with the path
//! taken, and the scenario inputs the tree's predicates read. One file each; `evidence` and
//! `outcome_text` hold the words.

mod evidence;
mod outcome;
mod outcome_text;
mod questions;
mod scenario;
mod tree_map;
mod walked;

pub use outcome::OutcomePanel;
pub use questions::Wizard;
pub use scenario::DecideScenario;
pub use tree_map::TreeMap;
pub use walked::OUTCOME_ID;
