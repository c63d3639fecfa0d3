//! Every URL parameter and its short key: the one place a parameter's name is spelled.

use super::{DecideField, SizingField};
use crate::model::scenario::NumField;

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
    /// `st=1`: staff time counted on every plan.
    StaffTime,
    /// `ec`: one engineer's loaded monthly cost.
    EngineerMonthly,
    /// `gc=0`: GPU counts of sized lines are the seeds' constants (the default, from `v=2`,
    /// is the sizing model's; a `v=1` link without `gc` means `gc=0`).
    GpusFromModel,
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
    /// The sizing panel's inputs (model, precision, hardware, billing, targets, API).
    Sizing(SizingField),
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
            Param::StaffTime,
            Param::EngineerMonthly,
            Param::GpusFromModel,
            Param::Hide,
            Param::Pin,
            Param::Embed,
            Param::Open,
        ];
        v.extend(NumField::ALL.into_iter().map(Param::Num));
        v.extend(DecideField::ALL.into_iter().map(Param::Decide));
        v.extend(SizingField::ALL.into_iter().map(Param::Sizing));
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
            Param::StaffTime => "st",
            Param::EngineerMonthly => "ec",
            Param::GpusFromModel => "gc",
            Param::Hide => "hide",
            Param::Pin => "pin",
            Param::Num(f) => match f {
                NumField::Users => "u",
                NumField::PeakConcurrency => "pc",
                NumField::ConversationHours => "ch",
                NumField::TurnsPerMinute => "tpm",
                NumField::InputTokensPerTurn => "tin",
                NumField::OutputTokensPerTurn => "tout",
                NumField::CachedInputShare => "cin",
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
            Param::Sizing(f) => match f {
                SizingField::Model => "zm",
                SizingField::Precision => "zq",
                SizingField::Hardware => "zi",
                SizingField::Billing => "zb",
                SizingField::Context => "zc",
                SizingField::FirstTokenMs => "zf",
                SizingField::PerTokenMs => "zt",
                SizingField::HeadroomPct => "zh",
                SizingField::Api => "za",
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
