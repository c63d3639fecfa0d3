//! Staleness of a dated figure, and links for source texts.

use crate::model::catalog::Date;

/// Months after which a record counts as stale.
pub const STALE_AFTER_MONTHS: u16 = 12;

/// The same calendar day `STALE_AFTER_MONTHS` months before `today` (29 Feb -> 28 Feb).
pub fn stale_cutoff(today: Date) -> Date {
    let year = today.year.saturating_sub(STALE_AFTER_MONTHS / 12);
    Date::new(year, today.month, today.day)
        .or_else(|| Date::new(year, today.month, today.day.saturating_sub(1)))
        .unwrap_or(today)
}

/// A figure is stale when it is dated before the same day twelve months before `today`:
/// exactly twelve months old is not yet stale, one day more is.
pub fn is_stale(as_of: Date, today: Date) -> bool {
    as_of < stale_cutoff(today)
}

/// A link for a source text, when it names a place on the web:
/// - an `http://` or `https://` address anywhere in the text;
/// - a text that starts with a host and path (`cloud.google.com/run/pricing (…)`);
/// - a text that starts with a repository, path and commit as the catalog cites them
///   (`BerriAI/litellm model_prices.json @00035b69 (…)`): that file on GitHub at that commit.
///
/// Seed citations ("seed 003 §1.1: …") and prose get no link.
pub fn source_url(source: &str) -> Option<String> {
    const TRIM: [char; 10] = [')', ',', ';', ':', '.', '"', '」', '）', '，', '。'];
    let start = source
        .find("https://")
        .into_iter()
        .chain(source.find("http://"))
        .min();
    if let Some(start) = start {
        let rest = &source[start..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let url = rest[..end].trim_end_matches(TRIM);
        return (url.len() > "https://".len()).then(|| url.to_string());
    }
    let mut words = source.split_whitespace();
    let first = words.next()?.trim_end_matches(TRIM);
    let (head, tail) = first.split_once('/')?;
    let name_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.';
    if head.is_empty() || tail.is_empty() || !head.chars().all(name_char) {
        return None;
    }
    if let Some((_, tld)) = head.rsplit_once('.') {
        // a host: letters-only top-level domain, e.g. cloud.google.com/run/pricing
        let host_ok = tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase());
        return host_ok.then(|| format!("https://{first}"));
    }
    // owner/repo, optionally followed by a path and @commit
    if !tail.chars().all(name_char) {
        return None;
    }
    let repo = format!("https://github.com/{head}/{tail}");
    let rest: Vec<&str> = words.take(2).collect();
    let commit = |w: &str| {
        w.strip_prefix('@')
            .map(|h| h.trim_end_matches(TRIM))
            .filter(|h| h.len() >= 7 && h.chars().all(|c| c.is_ascii_hexdigit()))
            .map(str::to_string)
    };
    match rest.as_slice() {
        [path, at, ..] if !path.starts_with(['@', '(']) => match commit(at) {
            Some(sha) => Some(format!("{repo}/blob/{sha}/{}", path.trim_end_matches(TRIM))),
            None => Some(repo),
        },
        [at, ..] => Some(match commit(at) {
            Some(sha) => format!("{repo}/tree/{sha}"),
            None => repo,
        }),
        [] => Some(repo),
    }
}
