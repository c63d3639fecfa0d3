//! What is wrong with the numbers, in one sentence per error kind, and each suggestion of
//! the engine as a clickable fix: the URL change it makes (`zq=int4`, `zi=<instance>`,
//! `zc=<n>`).

use super::resolve::Resolved;
use super::{Fix, ProblemView};
use crate::engine::sizing::{CardFit, LatencyKind, SizingError, Suggestions};
use crate::model::catalog::Catalog;
use crate::model::vocab::Lang;
use crate::report::format::{duration_ms, number};
use crate::report::text::{self, precision_text};
use crate::url::{SizingField, SizingParams};

/// Most other cards offered as fixes.
pub const MAX_CARD_FIXES: usize = 3;

fn gb(x: f64) -> String {
    format!("{} GB", number(x, 1))
}

/// The sentence for `e`.
fn sentence(r: &Resolved, e: &SizingError, lang: Lang) -> String {
    let model = r.arch.name.as_str();
    match e {
        SizingError::InvalidInput { field, value } => {
            text::invalid_input(lang, field, &number(*value, 2))
        }
        SizingError::MissingFigure { record, figure, .. } => {
            text::missing_figure(lang, record, figure)
        }
        SizingError::ContextTooLong { requested, max, .. } => text::context_too_long(
            lang,
            model,
            &number(*requested, 0),
            &number(f64::from(*max), 0),
        ),
        SizingError::DoesNotFit {
            need_gb_per_gpu,
            usable_gb_per_gpu,
            gpus,
            ..
        } => text::does_not_fit(
            lang,
            model,
            r.precision.as_str().to_uppercase().as_str(),
            &gb(*need_gb_per_gpu),
            *gpus,
            &r.hardware.gpu().name,
            &gb(*usable_gb_per_gpu),
        ),
        SizingError::LatencyUnreachable {
            which,
            best_ms,
            target_ms,
            ..
        } => text::latency_unreachable(
            lang,
            *which == LatencyKind::FirstToken,
            &duration_ms(*target_ms),
            &duration_ms(*best_ms),
        ),
    }
}

/// An instance (or owned server) with `gpus` or more of card `gpu`: the current provider
/// first, then the fewest GPUs, then catalog order.
fn instance_with(c: &Catalog, r: &Resolved, fit: &CardFit) -> Option<(String, String)> {
    let provider = match r.hardware {
        super::resolve::Hardware::Instance(i, ..) => Some(&i.provider),
        super::resolve::Hardware::Owned(..) => None,
    };
    let gpu = c.gpu(fit.gpu.as_str())?;
    let best = c
        .instances
        .iter()
        .filter(|i| i.gpu == fit.gpu && i.gpu_count >= fit.gpus)
        .min_by_key(|i| (Some(&i.provider) != provider, i.gpu_count));
    best.map(|i| {
        let name = text::hardware_option(&i.name, i.gpu_count, &gpu.name);
        (i.id.to_string(), name)
    })
}

fn with(p: &SizingParams, f: SizingField, value: &str) -> SizingParams {
    let mut q = p.clone();
    match f {
        SizingField::Precision => q.precision = crate::model::vocab::Precision::parse(value),
        SizingField::Hardware => q.hardware = Some(value.to_string()),
        _ => q.context = value.parse().ok(),
    }
    q
}

/// The fixes of `s`, in the order: quantise, more GPUs, other cards, shorter context.
fn fixes(c: &Catalog, r: &Resolved, p: &SizingParams, s: &Suggestions, lang: Lang) -> Vec<Fix> {
    let mut out: Vec<Fix> = Vec::new();
    let mut push = |f: SizingField, value: String, label: String| {
        if !out.iter().any(|x| x.field == f && x.value == value) {
            let params = with(p, f, &value);
            out.push(Fix {
                label,
                field: f,
                value,
                params,
            });
        }
    };
    if let Some(q) = s.precision {
        let label = text::fix_precision(lang, precision_text(lang, q));
        push(SizingField::Precision, q.as_str().to_string(), label);
    }
    let same_card = s.gpus.map(|n| CardFit {
        gpu: r.hardware.gpu().id.clone(),
        gpus: n,
    });
    let cards = same_card.iter().chain(s.cards.iter().take(MAX_CARD_FIXES));
    for fit in cards {
        if let Some((id, name)) = instance_with(c, r, fit) {
            if id != r.hardware.id() {
                push(SizingField::Hardware, id, text::fix_hardware(lang, &name));
            }
        }
    }
    if let Some(n) = s.context_tokens {
        let label = text::fix_context(lang, &number(n, 0));
        push(SizingField::Context, format!("{n}"), label);
    }
    out
}

/// The problem view of error `e`.
pub(super) fn problem(
    c: &Catalog,
    r: &Resolved,
    p: &SizingParams,
    e: &SizingError,
    lang: Lang,
) -> ProblemView {
    let fixes = e
        .suggestions()
        .map(|s| fixes(c, r, p, s, lang))
        .unwrap_or_default();
    ProblemView {
        sentence: sentence(r, e, lang),
        no_fix: fixes.is_empty().then(|| text::no_fix(lang)),
        fixes,
    }
}
