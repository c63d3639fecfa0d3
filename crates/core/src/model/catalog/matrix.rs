//! The provider comparison matrix (seed 004's tables), typed: each cell is a value with its
//! source. Files: `catalog/matrix/*.json`, each an object with optional `sections`,
//! `projects` and `edge_platforms` arrays.

use super::date::Date;
use super::perf::Figure;
use super::price::PriceValue;
use crate::model::money::Currency;
use crate::model::vocab::{I18nText, PerfId, PriceId, ProviderId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Whether a provider's managed service supports a feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Support {
    Yes,
    No,
    /// Not in the managed service; possible when you run the software yourself.
    SelfHostedOnly,
}

/// A three-step rating. What "low" means depends on the row's [`Scale`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Low,
    Medium,
    High,
}

/// How to read a row's [`Level`] cells (the UI picks the words: 较低/中等, 简单/复杂 …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// low = 较低 (cheaper), medium = 中等, high = 较高.
    Cost,
    /// low = 简单 (easy), medium = 中等, high = 复杂 (hard).
    Difficulty,
    /// low … high = degree of automation.
    Automation,
    /// medium = 较完整, high = 完整.
    Completeness,
}

/// The value of one cell.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CellValue {
    /// Product names, the same in every language: `{"names": ["S3", "EBS"]}`.
    Names(Vec<String>),
    /// Prose in both languages: `{"text": {"zh": "…", "en": "…"}}`.
    Text(I18nText),
    Support(Support),
    Level(Level),
    /// A dimensionless count, e.g. regions "32+" or GitHub stars.
    Count(Figure),
    /// A figure kept as a performance record: `{"perf": "aws-max-nodes-seed004"}`.
    Perf(PerfId),
    /// A figure kept as a price record: `{"price": "aws-compute-4c8g-seed004"}`.
    Price(PriceId),
    /// A monthly amount the seed states (e.g. a total): `{"money": {"amount": …, "currency": "USD"}}`.
    Money {
        amount: PriceValue,
        currency: Currency,
    },
}

/// One cell: a value, plus a note and a source when they differ from the section's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    #[serde(flatten)]
    pub value: CellValue,
    #[serde(default)]
    pub note: Option<I18nText>,
    /// Overrides the section's source for this cell.
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatrixRow {
    pub id: String,
    pub label: I18nText,
    #[serde(default)]
    pub scale: Option<Scale>,
    pub cells: BTreeMap<ProviderId, Cell>,
}

/// One table of the comparison, with its own columns and provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatrixSection {
    pub id: String,
    pub title: I18nText,
    pub columns: Vec<ProviderId>,
    pub rows: Vec<MatrixRow>,
    /// The seed's verdict on the table, if it gives one.
    #[serde(default)]
    pub summary: Option<I18nText>,
    pub source: String,
    pub as_of: Date,
}

impl MatrixSection {
    /// The source of a cell: its own, else the section's.
    pub fn cell_source<'a>(&'a self, cell: &'a Cell) -> &'a str {
        cell.source.as_deref().unwrap_or(&self.source)
    }

    pub fn row(&self, id: &str) -> Option<&MatrixRow> {
        self.rows.iter().find(|r| r.id == id)
    }
}

/// An open-source project's GitHub activity as a seed reports it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OssProject {
    pub id: String,
    pub name: String,
    pub stars: Figure,
    pub forks: Figure,
    pub contributors: Figure,
    /// The seed's word for recent activity, e.g. "活跃".
    pub activity: I18nText,
    pub source: String,
    pub as_of: Date,
}

/// A CDN / edge / PaaS platform as seed 004 §4.1 rates it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EdgePlatform {
    pub id: String,
    pub name: String,
    pub strengths: I18nText,
    pub weaknesses: I18nText,
    pub fits: I18nText,
    #[serde(default)]
    pub provider: Option<ProviderId>,
    pub source: String,
    pub as_of: Date,
}

/// The whole comparison.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProviderMatrix {
    pub sections: Vec<MatrixSection>,
    pub projects: Vec<OssProject>,
    pub edge_platforms: Vec<EdgePlatform>,
}

impl ProviderMatrix {
    pub fn section(&self, id: &str) -> Option<&MatrixSection> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// A cell by section, row and provider.
    pub fn cell(&self, section: &str, row: &str, provider: &str) -> Option<&Cell> {
        self.section(section)?
            .row(row)?
            .cells
            .iter()
            .find(|(p, _)| p.as_str() == provider)
            .map(|(_, c)| c)
    }
}

/// One matrix file as written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MatrixFile {
    #[serde(default)]
    pub sections: Vec<serde_json::Value>,
    #[serde(default)]
    pub projects: Vec<serde_json::Value>,
    #[serde(default)]
    pub edge_platforms: Vec<serde_json::Value>,
}
