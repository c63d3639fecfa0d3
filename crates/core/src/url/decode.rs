//! Query string -> scenario: anything unknown or invalid is reported, never fatal.

use super::{
    Page, Param, UrlIssue, UrlProblem, UrlState, ANSWER_PREFIX, COMPONENT_PREFIX, DISCOUNT_PREFIX,
    OVERRIDE_PREFIX, URL_VERSION,
};
use crate::model::scenario::{Field, RawScenario, Reject};
use crate::model::vocab::{Lang, NodeId, OptionId, PlanId};
use std::collections::BTreeSet;

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
    let mut d = Decoder::default();
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        d.pair(&k, v.into_owned());
    }
    d.finish()
}

/// What has been read so far: the state (its scenario still raw), the keys seen, the issues.
#[derive(Default)]
struct Decoder {
    raw: RawScenario,
    state: UrlState,
    seen: BTreeSet<Param>,
    issues: Vec<UrlIssue>,
    /// The link's `v`, when it is one this build reads.
    version: Option<u32>,
}

impl Decoder {
    fn push(&mut self, key: &str, value: &str, problem: UrlProblem) {
        self.issues.push(UrlIssue {
            key: key.to_string(),
            value: value.to_string(),
            problem,
        });
    }

    /// One `key=value` pair: a prefixed key (answer, component, discount, override) or a
    /// parameter, each read at most once.
    fn pair(&mut self, key: &str, value: String) {
        if let Some(node) = key.strip_prefix(ANSWER_PREFIX) {
            self.answer(key, node, value);
        } else if !self.prefixed(key, &value) {
            match Param::from_key(key) {
                None => self.push(key, &value, UrlProblem::UnknownKey),
                Some(param) if !self.seen.insert(param) => {
                    self.push(key, &value, UrlProblem::Repeated)
                }
                Some(param) => self.param(param, key, value),
            }
        }
    }

    /// `a.<node>=<option>`: a decision-tree answer.
    fn answer(&mut self, key: &str, node: &str, value: String) {
        if !(plan_id_like(node) && plan_id_like(&value)) {
            self.push(key, &value, UrlProblem::Invalid(Reject::UnknownValue));
        } else if self
            .state
            .answers
            .insert(NodeId::from(node), OptionId::from(value.as_str()))
            .is_some()
        {
            self.push(key, &value, UrlProblem::Repeated);
        }
    }

    /// A component, discount or override, kept raw for the scenario's validation. `false`
    /// when the key has none of their prefixes.
    fn prefixed(&mut self, key: &str, value: &str) -> bool {
        let raw = &mut self.raw;
        let found = [
            (COMPONENT_PREFIX, &mut raw.components),
            (DISCOUNT_PREFIX, &mut raw.discounts),
            (OVERRIDE_PREFIX, &mut raw.overrides),
        ]
        .into_iter()
        .find_map(|(prefix, map)| key.strip_prefix(prefix).map(|rest| (rest.to_string(), map)));
        let Some((name, map)) = found else {
            return false;
        };
        if map.insert(name, value.to_string()).is_some() {
            self.push(key, value, UrlProblem::Repeated);
        }
        true
    }

    /// One named parameter, seen for the first time.
    fn param(&mut self, param: Param, key: &str, value: String) {
        let invalid = UrlProblem::Invalid(Reject::UnknownValue);
        match param {
            Param::Version => match value.parse::<u32>() {
                Ok(v) if (1..=URL_VERSION).contains(&v) => self.version = Some(v),
                Ok(v) if v > URL_VERSION => self.push(key, &value, UrlProblem::FutureVersion),
                _ => self.push(key, &value, invalid),
            },
            Param::Lang => match Lang::parse(&value) {
                Some(l) => self.state.lang = Some(l),
                None => self.push(key, &value, invalid),
            },
            Param::Page => match Page::parse(&value) {
                Some(p) => self.state.page = p,
                None => self.push(key, &value, invalid),
            },
            Param::Workload => self.raw.workload = Some(value),
            Param::Currency => self.raw.currency = Some(value),
            Param::Region => self.raw.region = Some(value),
            Param::PurchaseOption => self.raw.purchase_option = Some(value),
            Param::StaffTime => self.raw.staff_time = Some(value),
            Param::EngineerMonthly => self.raw.engineer_monthly = Some(value),
            Param::GpusFromModel => self.raw.gpus_from_model = Some(value),
            Param::Hide => {
                let ids = self.plan_ids(key, &value);
                self.state.hidden.extend(ids);
            }
            Param::Open => {
                let ids = self.plan_ids(key, &value);
                self.state.expanded.extend(ids);
            }
            Param::Pin => {
                if plan_id_like(&value) {
                    self.state.pinned = Some(PlanId::new(value));
                } else {
                    self.push(key, &value, invalid);
                }
            }
            Param::Embed => match value.as_str() {
                "1" | "true" => self.state.embed = true,
                "0" | "false" => self.state.embed = false,
                _ => self.push(key, &value, invalid),
            },
            Param::Num(f) => {
                self.raw.nums.insert(f, value);
            }
            Param::Decide(f) => {
                if let Err(reason) = self.state.decide.read(f, &value) {
                    self.push(key, &value, UrlProblem::Invalid(reason));
                }
            }
            Param::Sizing(f) => {
                if let Err(reason) = self.state.sizing.read(f, &value) {
                    self.push(key, &value, UrlProblem::Invalid(reason));
                }
            }
        }
    }

    /// A comma-separated list of plan ids; each one that does not look like an id is an issue.
    fn plan_ids(&mut self, key: &str, value: &str) -> Vec<PlanId> {
        let mut ids = Vec::new();
        for id in value.split(',').map(str::trim).filter(|x| !x.is_empty()) {
            if plan_id_like(id) {
                ids.push(PlanId::new(id));
            } else {
                self.push(key, value, UrlProblem::Invalid(Reject::UnknownValue));
            }
        }
        ids
    }

    /// Validates the scenario; each rejected input is an issue under its own URL key.
    fn finish(mut self) -> (UrlState, Vec<UrlIssue>) {
        // links of version 1 priced the seeds' GPU counts unless they said `gc=1`
        if self.version == Some(1) && self.raw.gpus_from_model.is_none() {
            self.raw.gpus_from_model = Some("0".into());
        }
        let (scenario, rejected) = self.raw.validate();
        for r in rejected {
            self.issues.push(UrlIssue {
                key: field_key(r.field),
                value: r.value,
                problem: UrlProblem::Invalid(r.reason),
            });
        }
        self.state.scenario = scenario;
        (self.state, self.issues)
    }
}

/// The URL key of a rejected scenario input: spelled by `Param` or one of the prefixes.
fn field_key(field: Field) -> String {
    match field {
        Field::Workload => Param::Workload.key().to_string(),
        Field::Currency => Param::Currency.key().to_string(),
        Field::Region => Param::Region.key().to_string(),
        Field::PurchaseOption => Param::PurchaseOption.key().to_string(),
        Field::StaffTime => Param::StaffTime.key().to_string(),
        Field::EngineerMonthly => Param::EngineerMonthly.key().to_string(),
        Field::GpusFromModel => Param::GpusFromModel.key().to_string(),
        Field::Num(f) => Param::Num(f).key().to_string(),
        Field::Component(k) => format!("{COMPONENT_PREFIX}{k}"),
        Field::Discount(p) => format!("{DISCOUNT_PREFIX}{p}"),
        Field::Override(p) => format!("{OVERRIDE_PREFIX}{p}"),
    }
}
