//! Scenario <-> URL query. One enum owns the parameter names; `v=1` is always written;
//! defaults are omitted; anything unknown or invalid is reported, never fatal.

use crate::engine::analysis::{Axis, GrowthInput};
use crate::model::scenario::{parse_bounded, Field, NumField, RawScenario, Reject, Scenario};
use crate::model::vocab::{Lang, PlanId, Workload};
use std::collections::BTreeSet;

/// The URL format version this build writes. URLs of every earlier version keep working.
pub const URL_VERSION: u32 = 1;

/// Which page of the app the URL shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Page {
    /// The comparison page (default).
    #[default]
    Compare,
    /// The catalog browser: every price, performance record and provider fact.
    Catalog,
    /// The decision wizard, break-even points and the growth timeline.
    Decide,
}

impl Page {
    pub fn as_str(self) -> &'static str {
        match self {
            Page::Compare => "compare",
            Page::Catalog => "catalog",
            Page::Decide => "decide",
        }
    }

    pub fn parse(s: &str) -> Option<Page> {
        match s {
            "compare" => Some(Page::Compare),
            "catalog" => Some(Page::Catalog),
            "decide" => Some(Page::Decide),
            _ => None,
        }
    }
}

/// Every URL parameter. The short key is the only place a parameter's name is spelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Param {
    Version,
    Lang,
    Page,
    Workload,
    Currency,
    Region,
    PurchaseOption,
    /// Plans hidden from the comparison, comma-separated ids.
    Hide,
    /// The plan pinned to the first column.
    Pin,
    /// `embed=1`: the compact layout for iframes.
    Embed,
    /// Plans whose breakdown is expanded, comma-separated ids.
    Open,
    Num(NumField),
    /// The decide page's own inputs (break-even driver, growth timeline, tree under `custom`).
    Decide(DecideField),
}

/// The decide page's inputs, each with its own short key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DecideField {
    /// `dt`: the decision tree shown while the workload is `custom` (`s000`…`s004`).
    Tree,
    /// `bx`: the break-even driver (`hours`, `users`, `storage`, `egress`).
    BreakEvenAxis,
    /// `gu`: users in the first month of the growth timeline (1 – 10⁹, whole).
    StartUsers,
    /// `gr`: monthly user growth, % (0 – 1,000, whole).
    GrowthPct,
    /// `gm`: months on the growth timeline (1 – 120, whole).
    Months,
    /// `gl`: the growth timeline requires the scenario's latency target (`1` / `0`).
    Latency,
    /// `gp`: minimum privacy rating on the growth timeline (1 – 5; `0` = none).
    Privacy,
}

impl DecideField {
    pub const ALL: [DecideField; 7] = [
        DecideField::Tree,
        DecideField::BreakEvenAxis,
        DecideField::StartUsers,
        DecideField::GrowthPct,
        DecideField::Months,
        DecideField::Latency,
        DecideField::Privacy,
    ];

    /// `(min, max)` and whether the value must be whole, for the numeric fields.
    pub fn bounds(self) -> Option<((f64, f64), bool)> {
        match self {
            DecideField::StartUsers => Some(((1.0, 1e9), true)),
            DecideField::GrowthPct => Some(((0.0, 1000.0), true)),
            DecideField::Months => Some(((1.0, GrowthInput::MAX_MONTHS as f64), true)),
            DecideField::Privacy => Some(((0.0, 5.0), true)),
            DecideField::Tree | DecideField::BreakEvenAxis | DecideField::Latency => None,
        }
    }
}

/// The decide page's inputs as the URL carries them. `None` follows the active tree's
/// defaults (so an untouched input follows the workload); set them through
/// [`DecideParams::set_growth`] and [`DecideParams::set_axis`], which store a value equal to
/// the default as `None`, so defaults are left out of the link.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DecideParams {
    /// The tree shown under the `custom` workload (`None`: seed 000's).
    pub tree: Option<Workload>,
    pub axis: Option<Axis>,
    pub start_users: Option<f64>,
    pub growth_pct: Option<f64>,
    pub months: Option<usize>,
    pub latency: Option<bool>,
    /// Minimum privacy rating; `Some(0)` says "no privacy constraint".
    pub privacy: Option<u8>,
}

impl DecideParams {
    /// The workload whose tree the decide page shows: the scenario's, or under `custom` the
    /// one picked on the page.
    pub fn tree_workload(&self, scenario: Workload) -> Workload {
        if scenario == Workload::Custom {
            self.tree.unwrap_or(Workload::S000)
        } else {
            scenario
        }
    }

    /// Picks the tree shown under `custom`; seed 000's (the default) is left out.
    pub fn set_tree(&mut self, w: Workload) {
        self.tree = (w != Workload::S000 && w != Workload::Custom).then_some(w);
    }

    /// The break-even driver for the tree of workload `w`.
    pub fn axis(&self, w: Workload) -> Axis {
        self.axis.unwrap_or_else(|| Axis::default_for(w))
    }

    pub fn set_axis(&mut self, w: Workload, a: Axis) {
        self.axis = (a != Axis::default_for(w)).then_some(a);
    }

    /// The growth timeline's inputs for the tree of workload `w`.
    pub fn growth(&self, w: Workload) -> GrowthInput {
        let d = GrowthInput::preset(w);
        GrowthInput {
            start_users: self.start_users.unwrap_or(d.start_users),
            growth_pct: self.growth_pct.unwrap_or(d.growth_pct),
            months: self.months.unwrap_or(d.months),
            require_latency: self.latency.unwrap_or(d.require_latency),
            min_privacy: match self.privacy {
                None => d.min_privacy,
                Some(0) => None,
                Some(p) => Some(p),
            },
        }
    }

    /// Stores the growth inputs typed under the tree of workload `w`; each value equal to
    /// that tree's default is stored as `None`.
    pub fn set_growth(&mut self, w: Workload, i: &GrowthInput) {
        let d = GrowthInput::preset(w);
        self.start_users = (i.start_users != d.start_users).then_some(i.start_users);
        self.growth_pct = (i.growth_pct != d.growth_pct).then_some(i.growth_pct);
        self.months = (i.months != d.months).then_some(i.months);
        self.latency = (i.require_latency != d.require_latency).then_some(i.require_latency);
        self.privacy = (i.min_privacy != d.min_privacy).then_some(i.min_privacy.unwrap_or(0));
    }

    /// Decodes one value; the reason when it is rejected.
    fn read(&mut self, f: DecideField, value: &str) -> Result<(), Reject> {
        let number = || match f.bounds() {
            Some((b, whole)) => parse_bounded(value, b, whole),
            None => Err(Reject::UnknownValue),
        };
        match f {
            DecideField::Tree => match Workload::parse(value) {
                Some(w) if w != Workload::Custom => self.tree = Some(w),
                _ => return Err(Reject::UnknownValue),
            },
            DecideField::BreakEvenAxis => {
                self.axis = Some(Axis::parse(value).ok_or(Reject::UnknownValue)?)
            }
            DecideField::StartUsers => self.start_users = Some(number()?),
            DecideField::GrowthPct => self.growth_pct = Some(number()?),
            DecideField::Months => self.months = Some(number()? as usize),
            DecideField::Latency => {
                self.latency = Some(match value {
                    "1" | "true" => true,
                    "0" | "false" => false,
                    _ => return Err(Reject::UnknownValue),
                })
            }
            DecideField::Privacy => self.privacy = Some(number()? as u8),
        }
        Ok(())
    }

    /// The value written for `f`, or `None` when it is left out.
    fn written(&self, f: DecideField) -> Option<String> {
        match f {
            DecideField::Tree => self.tree.map(|w| w.as_str().to_string()),
            DecideField::BreakEvenAxis => self.axis.map(|a| a.as_str().to_string()),
            DecideField::StartUsers => self.start_users.map(|v| format!("{v}")),
            DecideField::GrowthPct => self.growth_pct.map(|v| format!("{v}")),
            DecideField::Months => self.months.map(|v| v.to_string()),
            DecideField::Latency => self.latency.map(|b| if b { "1" } else { "0" }.to_string()),
            DecideField::Privacy => self.privacy.map(|p| p.to_string()),
        }
    }
}

/// Prefix of a component toggle, e.g. `c.s001-qdrant=1`.
pub const COMPONENT_PREFIX: &str = "c.";
/// Prefix of a provider discount in percent, e.g. `d.aws=10`.
pub const DISCOUNT_PREFIX: &str = "d.";
/// Prefix of a decision-tree answer, e.g. `a.s000-production=yes`.
pub const ANSWER_PREFIX: &str = "a.";
/// Prefix of a unit-price override, e.g. `p.aws-ec2-g4dn-xlarge=0.4`.
pub const OVERRIDE_PREFIX: &str = "p.";

impl Param {
    pub fn all() -> Vec<Param> {
        let mut v = vec![
            Param::Version,
            Param::Lang,
            Param::Page,
            Param::Workload,
            Param::Currency,
            Param::Region,
            Param::PurchaseOption,
            Param::Hide,
            Param::Pin,
            Param::Embed,
            Param::Open,
        ];
        v.extend(NumField::ALL.into_iter().map(Param::Num));
        v.extend(DecideField::ALL.into_iter().map(Param::Decide));
        v
    }

    pub fn key(self) -> &'static str {
        match self {
            Param::Version => "v",
            Param::Lang => "lang",
            Param::Page => "view",
            Param::Embed => "embed",
            Param::Open => "open",
            Param::Workload => "wl",
            Param::Currency => "cur",
            Param::Region => "rg",
            Param::PurchaseOption => "po",
            Param::Hide => "hide",
            Param::Pin => "pin",
            Param::Num(f) => match f {
                NumField::Users => "u",
                NumField::PeakConcurrency => "pc",
                NumField::ConversationHours => "ch",
                NumField::TurnsPerMinute => "tpm",
                NumField::InputTokensPerTurn => "tin",
                NumField::OutputTokensPerTurn => "tout",
                NumField::TtsCharsPerMinute => "tts",
                NumField::StorageGb => "sg",
                NumField::DbGb => "dg",
                NumField::EgressGb => "eg",
                NumField::LogGb => "lg",
                NumField::Requests => "rq",
                NumField::GpuHoursPerDay => "gh",
                NumField::SpotShare => "sp",
                NumField::LatencyTargetMs => "lt",
                NumField::FxRate => "fx",
            },
            Param::Decide(f) => match f {
                DecideField::Tree => "dt",
                DecideField::BreakEvenAxis => "bx",
                DecideField::StartUsers => "gu",
                DecideField::GrowthPct => "gr",
                DecideField::Months => "gm",
                DecideField::Latency => "gl",
                DecideField::Privacy => "gp",
            },
        }
    }

    pub fn from_key(key: &str) -> Option<Param> {
        // `page` was this parameter's name before `view`; old links keep working
        if key == "page" {
            return Some(Param::Page);
        }
        Param::all().into_iter().find(|p| p.key() == key)
    }
}

/// Everything the URL carries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub scenario: Scenario,
    /// `None` when the URL does not say: the page then follows the browser.
    pub lang: Option<Lang>,
    pub page: Page,
    /// Plan ids hidden from the comparison.
    pub hidden: BTreeSet<PlanId>,
    /// The plan shown first.
    pub pinned: Option<PlanId>,
    /// Compact layout for iframes.
    pub embed: bool,
    /// Plan ids whose breakdown is expanded.
    pub expanded: BTreeSet<PlanId>,
    /// Decision-tree answers: node id -> option id.
    pub answers: std::collections::BTreeMap<String, String>,
    /// The decide page's break-even driver, growth inputs and tree under `custom`.
    pub decide: DecideParams,
}

impl UrlState {
    /// Switches to another workload the way the workload picker and the decide page's tree
    /// tabs both do: the workload's preset scenario (keeping the chosen currency and FX rate),
    /// every plan shown again, nothing pinned, and the decide page's driver and growth inputs
    /// back to the new tree's defaults. Answers stay: their keys name their own tree's nodes.
    pub fn switch_workload(&mut self, w: Workload) {
        let keep = (self.scenario.currency, self.scenario.fx_rate);
        self.scenario = Scenario::preset(w);
        (self.scenario.currency, self.scenario.fx_rate) = keep;
        self.hidden.clear();
        self.pinned = None;
        self.decide = DecideParams::default();
    }
}

/// What was wrong with one parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum UrlProblem {
    UnknownKey,
    Invalid(Reject),
    /// Written by a newer version of the app than this one.
    FutureVersion,
    Repeated,
}

/// A parameter that was ignored, with the reason; the default was used instead.
#[derive(Clone, Debug, PartialEq)]
pub struct UrlIssue {
    pub key: String,
    pub value: String,
    pub problem: UrlProblem,
}

/// Plan ids look like `s000-ec2-gpu`: lowercase letters, digits and dashes.
fn plan_id_like(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Decodes a query string (with or without the leading `?`).
pub fn decode(query: &str) -> (UrlState, Vec<UrlIssue>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut issues = Vec::new();
    let mut raw = RawScenario::default();
    let mut lang = None;
    let mut page = Page::default();
    let mut hidden = BTreeSet::new();
    let mut pinned = None;
    let mut embed = false;
    let mut expanded = BTreeSet::new();
    let mut answers = std::collections::BTreeMap::new();
    let mut decide = DecideParams::default();
    let mut seen = BTreeSet::new();
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        let (key, value) = (k.into_owned(), v.into_owned());
        let issue = |problem| UrlIssue {
            key: key.clone(),
            value: value.clone(),
            problem,
        };
        let prefixed = [
            (COMPONENT_PREFIX, &mut raw.components),
            (DISCOUNT_PREFIX, &mut raw.discounts),
            (OVERRIDE_PREFIX, &mut raw.overrides),
        ]
        .into_iter()
        .find_map(|(prefix, map)| key.strip_prefix(prefix).map(|rest| (rest.to_string(), map)));
        if let Some(node) = key.strip_prefix(ANSWER_PREFIX) {
            if plan_id_like(node) && plan_id_like(&value) {
                if answers.insert(node.to_string(), value.clone()).is_some() {
                    issues.push(issue(UrlProblem::Repeated));
                }
            } else {
                issues.push(issue(UrlProblem::Invalid(Reject::UnknownValue)));
            }
            continue;
        }
        if let Some((name, map)) = prefixed {
            if map.insert(name, value.clone()).is_some() {
                issues.push(issue(UrlProblem::Repeated));
            }
            continue;
        }
        let Some(param) = Param::from_key(&key) else {
            issues.push(issue(UrlProblem::UnknownKey));
            continue;
        };
        if !seen.insert(param) {
            issues.push(issue(UrlProblem::Repeated));
            continue;
        }
        match param {
            Param::Version => match value.parse::<u32>() {
                Ok(v) if (1..=URL_VERSION).contains(&v) => {}
                Ok(v) if v > URL_VERSION => issues.push(issue(UrlProblem::FutureVersion)),
                _ => issues.push(issue(UrlProblem::Invalid(Reject::UnknownValue))),
            },
            Param::Lang => match Lang::parse(&value) {
                Some(l) => lang = Some(l),
                None => issues.push(issue(UrlProblem::Invalid(Reject::UnknownValue))),
            },
            Param::Page => match Page::parse(&value) {
                Some(p) => page = p,
                None => issues.push(issue(UrlProblem::Invalid(Reject::UnknownValue))),
            },
            Param::Workload => raw.workload = Some(value),
            Param::Currency => raw.currency = Some(value),
            Param::Hide => {
                for id in value.split(',').map(str::trim).filter(|x| !x.is_empty()) {
                    if plan_id_like(id) {
                        hidden.insert(PlanId::new(id));
                    } else {
                        issues.push(issue(UrlProblem::Invalid(Reject::UnknownValue)));
                    }
                }
            }
            Param::Embed => match value.as_str() {
                "1" | "true" => embed = true,
                "0" | "false" => embed = false,
                _ => issues.push(issue(UrlProblem::Invalid(Reject::UnknownValue))),
            },
            Param::Open => {
                for id in value.split(',').map(str::trim).filter(|x| !x.is_empty()) {
                    if plan_id_like(id) {
                        expanded.insert(PlanId::new(id));
                    } else {
                        issues.push(issue(UrlProblem::Invalid(Reject::UnknownValue)));
                    }
                }
            }
            Param::Pin => {
                if plan_id_like(&value) {
                    pinned = Some(PlanId::new(value.as_str()));
                } else {
                    issues.push(issue(UrlProblem::Invalid(Reject::UnknownValue)));
                }
            }
            Param::Region => raw.region = Some(value),
            Param::PurchaseOption => raw.purchase_option = Some(value),
            Param::Num(f) => {
                raw.nums.insert(f, value);
            }
            Param::Decide(f) => {
                if let Err(reason) = decide.read(f, &value) {
                    issues.push(issue(UrlProblem::Invalid(reason)));
                }
            }
        }
    }
    let (scenario, rejected) = raw.validate();
    for r in rejected {
        let key = field_key(r.field);
        issues.push(UrlIssue {
            key,
            value: r.value,
            problem: UrlProblem::Invalid(r.reason),
        });
    }
    (
        UrlState {
            scenario,
            lang,
            page,
            hidden,
            pinned,
            embed,
            expanded,
            answers,
            decide,
        },
        issues,
    )
}

/// The URL key of a rejected scenario input: spelled by `Param` or one of the prefixes.
fn field_key(field: Field) -> String {
    match field {
        Field::Workload => Param::Workload.key().to_string(),
        Field::Currency => Param::Currency.key().to_string(),
        Field::Region => Param::Region.key().to_string(),
        Field::PurchaseOption => Param::PurchaseOption.key().to_string(),
        Field::Num(f) => Param::Num(f).key().to_string(),
        Field::Component(k) => format!("{COMPONENT_PREFIX}{k}"),
        Field::Discount(p) => format!("{DISCOUNT_PREFIX}{p}"),
        Field::Override(p) => format!("{OVERRIDE_PREFIX}{p}"),
    }
}

/// Encodes the state; values equal to the workload's defaults are left out.
pub fn encode(state: &UrlState) -> String {
    let s = &state.scenario;
    let defaults = Scenario::preset(s.workload);
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair(Param::Version.key(), &URL_VERSION.to_string());
    if let Some(l) = state.lang {
        out.append_pair(Param::Lang.key(), l.as_str());
    }
    if state.page != Page::default() {
        out.append_pair(Param::Page.key(), state.page.as_str());
    }
    if !state.hidden.is_empty() {
        let ids: Vec<&str> = state.hidden.iter().map(PlanId::as_str).collect();
        out.append_pair(Param::Hide.key(), &ids.join(","));
    }
    if let Some(p) = &state.pinned {
        out.append_pair(Param::Pin.key(), p.as_str());
    }
    if state.embed {
        out.append_pair(Param::Embed.key(), "1");
    }
    if !state.expanded.is_empty() {
        let ids: Vec<&str> = state.expanded.iter().map(PlanId::as_str).collect();
        out.append_pair(Param::Open.key(), &ids.join(","));
    }
    for (node, option) in &state.answers {
        out.append_pair(&format!("{ANSWER_PREFIX}{node}"), option);
    }
    if s.workload != Scenario::default().workload {
        out.append_pair(Param::Workload.key(), s.workload.as_str());
    }
    if s.currency != defaults.currency {
        out.append_pair(Param::Currency.key(), s.currency.as_str());
    }
    if s.region != defaults.region {
        out.append_pair(Param::Region.key(), s.region.as_str());
    }
    if s.purchase_option != defaults.purchase_option {
        out.append_pair(Param::PurchaseOption.key(), s.purchase_option.as_str());
    }
    for f in NumField::ALL {
        let v = s.num(f);
        if v != defaults.num(f) {
            out.append_pair(Param::Num(f).key(), &format!("{v}"));
        }
    }
    for (k, on) in &s.components {
        out.append_pair(
            &format!("{COMPONENT_PREFIX}{k}"),
            if *on { "1" } else { "0" },
        );
    }
    for (k, v) in &s.discounts {
        out.append_pair(&format!("{DISCOUNT_PREFIX}{k}"), &format!("{v}"));
    }
    for (k, v) in &s.overrides {
        out.append_pair(&format!("{OVERRIDE_PREFIX}{k}"), &format!("{v}"));
    }
    for f in DecideField::ALL {
        if let Some(v) = state.decide.written(f) {
            out.append_pair(Param::Decide(f).key(), &v);
        }
    }
    out.finish()
}
