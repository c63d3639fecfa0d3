//! The sizing panel (issue #16 items 3–4) as data the UI only shows: resolved inputs with
//! their options, notices for ids the catalog does not have, the results worded and
//! formatted (USD and CNY at the scenario's rate, "unknown" for a price nobody knows), or
//! one sentence on what is wrong with clickable fixes, plus assumptions and sources.
//!
//! - [`resolve`]: URL inputs → catalog records, with the defaults;
//! - [`compute`]: the numbers, in USD;
//! - `inputs`, `results`, `problem`, `sources`: the words.

pub mod compute;
mod inputs;
mod problem;
pub mod resolve;
mod results;
mod sources;

use crate::engine::sizing::ASSUMPTIONS;
use crate::model::catalog::Catalog;
use crate::model::scenario::Scenario;
use crate::model::vocab::Lang;
use crate::report::format;
use crate::report::text::{self, SizingRow};
use crate::url::{SizingField, SizingParams};

/// One option of a select.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// Options under one heading (`label` empty: no `<optgroup>`).
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceGroup {
    pub label: String,
    pub options: Vec<Choice>,
}

/// How an input is edited.
#[derive(Clone, Debug, PartialEq)]
pub enum InputKind {
    Select(Vec<ChoiceGroup>),
    Number {
        value: f64,
        min: f64,
        max: f64,
        whole: bool,
    },
}

/// One input of the panel (`sizing-<key>` in the page).
#[derive(Clone, Debug, PartialEq)]
pub struct InputView {
    pub field: SizingField,
    /// The URL key, e.g. `zm`.
    pub key: &'static str,
    pub label: &'static str,
    pub kind: InputKind,
}

/// One result row.
#[derive(Clone, Debug, PartialEq)]
pub struct RowView {
    pub row: SizingRow,
    pub label: &'static str,
    pub value: String,
}

/// A change to the URL that makes the sizing work.
#[derive(Clone, Debug, PartialEq)]
pub struct Fix {
    pub label: String,
    pub field: SizingField,
    /// The value written for `field` (`zq=int4`).
    pub value: String,
    /// The panel's inputs with the fix applied: what the UI commits.
    pub params: SizingParams,
}

/// What is wrong, and what would work.
#[derive(Clone, Debug, PartialEq)]
pub struct ProblemView {
    pub sentence: String,
    pub fixes: Vec<Fix>,
    /// Said when `fixes` is empty.
    pub no_fix: Option<&'static str>,
}

/// One record behind the figures.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceView {
    pub role: &'static str,
    pub id: String,
    pub source: String,
    pub as_of: String,
}

/// Everything the panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SizingView {
    pub title: &'static str,
    pub intro: &'static str,
    pub inputs: Vec<InputView>,
    pub notices: Vec<String>,
    /// The results, empty on a problem.
    pub rows: Vec<RowView>,
    /// What the break-even figure means (with the break-even only).
    pub meaning: Option<String>,
    pub problem: Option<ProblemView>,
    pub assumptions: Vec<(&'static str, String)>,
    pub sources: Vec<SourceView>,
    /// The resolved inputs for the exports: (URL key, value as the URL writes it).
    pub resolved: Vec<(&'static str, String)>,
}

impl SizingView {
    /// The panel for scenario `s` and the URL's sizing inputs `p`, in `lang`. `None` only
    /// when the catalog lacks the default model or hardware (a broken catalog).
    pub fn build(c: &Catalog, s: &Scenario, p: &SizingParams, lang: Lang) -> Option<SizingView> {
        let r = resolve::resolve(c, s, p)?;
        let computed = compute::compute(c, s, &r);
        let notices = r
            .replaced
            .iter()
            .map(|x| text::replaced_text(lang, x.field, &x.asked, &x.shown))
            .collect();
        let (rows, meaning) = results::rows(&r, &computed, s, lang);
        let problem = computed
            .sizing
            .as_ref()
            .err()
            .map(|e| problem::problem(c, &r, p, e, lang));
        let assumptions = ASSUMPTIONS
            .iter()
            .map(|(k, v)| (text::assumption_text(lang, k), format::amount_smart(*v)))
            .collect();
        Some(SizingView {
            title: text::sizing_title(lang),
            intro: text::sizing_intro(lang),
            inputs: inputs::inputs(c, s, &r, lang),
            notices,
            rows,
            meaning,
            problem,
            assumptions,
            sources: sources::sources(c, &r, &computed, lang),
            resolved: inputs::resolved(&r, lang),
        })
    }

    /// The text of a result row, when shown.
    pub fn row(&self, r: SizingRow) -> Option<&str> {
        self.rows
            .iter()
            .find(|x| x.row == r)
            .map(|x| x.value.as_str())
    }
}

/// `p` with select `f` set to the option `value` (an id, a precision or a billing name); an
/// unknown precision or billing name leaves `p` as it is.
pub fn with_choice(p: &SizingParams, f: SizingField, value: &str) -> SizingParams {
    use crate::model::vocab::{BillingMode, Precision};
    let mut q = p.clone();
    match f {
        SizingField::Model => q.model = Some(value.to_string()),
        SizingField::Hardware => q.hardware = Some(value.to_string()),
        SizingField::Api => q.api = Some(value.to_string()),
        SizingField::Precision => q.precision = Precision::parse(value).or(p.precision),
        SizingField::Billing => q.billing = BillingMode::parse(value).or(p.billing),
        SizingField::Context
        | SizingField::FirstTokenMs
        | SizingField::PerTokenMs
        | SizingField::HeadroomPct => {}
    }
    q
}

/// `p` with number `f` set to `v` (`None`: back to the default).
pub fn with_number(p: &SizingParams, f: SizingField, v: Option<f64>) -> SizingParams {
    let mut q = p.clone();
    match f {
        SizingField::Context => q.context = v,
        SizingField::FirstTokenMs => q.first_token_ms = v,
        SizingField::PerTokenMs => q.per_token_ms = v,
        SizingField::HeadroomPct => q.headroom_pct = v,
        SizingField::Model
        | SizingField::Precision
        | SizingField::Hardware
        | SizingField::Billing
        | SizingField::Api => {}
    }
    q
}
