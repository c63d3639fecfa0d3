//! The performance-record list.

use super::{is_stale, provider_name, search_terms, source_url};
use crate::model::catalog::{
    Catalog, Confidence, Date, Metric, Percentile, PerfRecord, PerfUnit, Subject,
};
use crate::model::vocab::Lang;
use crate::model::vocab::Workload;
use crate::model::vocab::{I18nText, PerfId};
use crate::report::text;

/// Who or what a performance figure is about, resolved to names.
#[derive(Clone, Debug, PartialEq)]
pub enum SubjectName {
    /// A runtime class or a provider.
    Named(I18nText),
    Route {
        from: I18nText,
        to: I18nText,
    },
    Workload(Workload),
}

impl SubjectName {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            SubjectName::Named(t) => text::pick(lang, t).to_string(),
            SubjectName::Route { from, to } => {
                format!("{} → {}", text::pick(lang, from), text::pick(lang, to))
            }
            SubjectName::Workload(w) => text::seed_system(lang, *w),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PerfRow {
    pub id: PerfId,
    pub subject: SubjectName,
    pub metric: Metric,
    pub percentile: Option<Percentile>,
    /// "20–100", "<100", "50+".
    pub value: String,
    pub unit: PerfUnit,
    /// A requirement the seed sets, not a measured figure.
    pub target: bool,
    pub source: String,
    pub source_url: Option<String>,
    pub as_of: Date,
    pub stale: bool,
    pub confidence: Confidence,
    pub note: Option<String>,
}

fn subject_name(catalog: &Catalog, subject: &Subject) -> SubjectName {
    match subject {
        Subject::Runtime(id) => SubjectName::Named(
            catalog
                .runtime(id.as_str())
                .map(|r| r.name.clone())
                .unwrap_or_else(|| I18nText {
                    zh: id.as_str().to_string(),
                    en: id.as_str().to_string(),
                }),
        ),
        Subject::Provider(p) => SubjectName::Named(provider_name(&catalog.providers, p)),
        Subject::Route { from, to } => SubjectName::Route {
            from: provider_name(&catalog.providers, from),
            to: provider_name(&catalog.providers, to),
        },
        Subject::Workload(w) => SubjectName::Workload(*w),
    }
}

/// Every performance record in file order, narrowed by `search` (id, subject, metric, note,
/// source; case-insensitive).
pub fn perf_rows(catalog: &Catalog, search: &str, today: Date) -> Vec<PerfRow> {
    let terms = search_terms(search);
    catalog
        .perf
        .iter()
        .map(|r: &PerfRecord| PerfRow {
            id: r.id.clone(),
            subject: subject_name(catalog, &r.subject),
            metric: r.metric,
            percentile: r.percentile,
            value: r.value.to_text(),
            unit: r.unit,
            target: r.target,
            source: r.source.clone(),
            source_url: source_url(&r.source),
            as_of: r.as_of,
            stale: is_stale(r.as_of, today),
            confidence: r.confidence,
            note: r.note.clone(),
        })
        .filter(|row| {
            if terms.is_empty() {
                return true;
            }
            let hay = format!(
                "{}\n{}\n{}\n{}\n{}\n{}",
                row.id,
                row.subject.text(Lang::Zh),
                row.subject.text(Lang::En),
                row.metric.as_str(),
                row.note.as_deref().unwrap_or(""),
                row.source
            )
            .to_lowercase();
            terms.iter().all(|t| hay.contains(t.as_str()))
        })
        .collect()
}
