//! The panel's inputs: each select's options (hardware grouped by provider, then the owned
//! servers) and each number with its bounds, showing the resolved value.

use super::resolve::{api_stems, sizable_models, sizable_owned, stem, Hardware, Resolved};
use super::{Choice, ChoiceGroup, InputKind, InputView};
use crate::model::catalog::Catalog;
use crate::model::scenario::Scenario;
use crate::model::vocab::{BillingMode, Lang, Precision};
use crate::report::format;
use crate::report::text::{self, billing_text, pick, precision_text, sizing_field_label};
use crate::url::{Param, SizingField};

fn one_group(options: Vec<Choice>) -> Vec<ChoiceGroup> {
    vec![ChoiceGroup {
        label: String::new(),
        options,
    }]
}

fn choice(value: &str, label: String, selected: bool) -> Choice {
    Choice {
        value: value.to_string(),
        label,
        selected,
    }
}

/// Hardware: the instances grouped by provider (catalog order), then the owned servers.
fn hardware_groups(c: &Catalog, r: &Resolved, lang: Lang) -> Vec<ChoiceGroup> {
    let chosen = r.hardware.id();
    let mut groups: Vec<ChoiceGroup> = Vec::new();
    for i in &c.instances {
        let provider = c.provider(&i.provider).map_or_else(
            || i.provider.to_string(),
            |p| pick(lang, &p.name).to_string(),
        );
        let gpu = c
            .gpu(i.gpu.as_str())
            .map_or(i.gpu.as_str(), |g| g.name.as_str());
        let o = choice(
            i.id.as_str(),
            text::hardware_option(&i.name, i.gpu_count, gpu),
            i.id.as_str() == chosen,
        );
        match groups.iter_mut().find(|g| g.label == provider) {
            Some(g) => g.options.push(o),
            None => groups.push(ChoiceGroup {
                label: provider,
                options: vec![o],
            }),
        }
    }
    let owned = sizable_owned(c)
        .map(|(s, g)| {
            let label = text::hardware_option(&s.name, s.gpu_count.unwrap_or(1), &g.name);
            choice(s.id.as_str(), label, s.id.as_str() == chosen)
        })
        .collect();
    groups.push(ChoiceGroup {
        label: text::owned_group(lang).to_string(),
        options: owned,
    });
    groups
}

fn select(c: &Catalog, r: &Resolved, f: SizingField, lang: Lang) -> Vec<ChoiceGroup> {
    match f {
        SizingField::Model => one_group(
            sizable_models(c)
                .map(|m| choice(m.id.as_str(), m.name.clone(), m.id == r.arch.id))
                .collect(),
        ),
        SizingField::Precision => one_group(
            Precision::ALL
                .iter()
                .map(|&p| choice(p.as_str(), precision_text(lang, p).into(), p == r.precision))
                .collect(),
        ),
        SizingField::Billing => one_group(
            BillingMode::ALL
                .iter()
                .map(|&b| {
                    choice(
                        b.as_str(),
                        billing_text(lang, b).into(),
                        b == r.billing_mode,
                    )
                })
                .collect(),
        ),
        SizingField::Api => one_group(
            api_stems(c)
                .into_iter()
                .map(|(i, _)| {
                    let label = format!("{} {}", i.provider, i.service);
                    choice(stem(i), label, stem(i) == r.api)
                })
                .collect(),
        ),
        _ => hardware_groups(c, r, lang),
    }
}

/// The value shown in a number input.
fn number(r: &Resolved, f: SizingField) -> f64 {
    match f {
        SizingField::Context => r.context,
        SizingField::FirstTokenMs => r.first_token_ms,
        SizingField::PerTokenMs => r.per_token_ms,
        _ => r.headroom * 100.0,
    }
}

/// Every input, in [`SizingField::ALL`] order.
pub(super) fn inputs(c: &Catalog, _s: &Scenario, r: &Resolved, lang: Lang) -> Vec<InputView> {
    SizingField::ALL
        .iter()
        .map(|&f| {
            let kind = match f.bounds() {
                Some(((min, max), whole)) => InputKind::Number {
                    value: number(r, f),
                    min,
                    max,
                    whole,
                },
                None => InputKind::Select(select(c, r, f, lang)),
            };
            InputView {
                field: f,
                key: Param::Sizing(f).key(),
                label: sizing_field_label(lang, f),
                kind,
            }
        })
        .collect()
}

/// The resolved inputs as (URL key, value) for the exports: ids as the URL writes them,
/// numbers unformatted.
pub(super) fn resolved(r: &Resolved, _lang: Lang) -> Vec<(&'static str, String)> {
    let hw = match r.hardware {
        Hardware::Instance(i, ..) => i.id.to_string(),
        Hardware::Owned(s, _) => s.id.to_string(),
    };
    let key = |f| Param::Sizing(f).key();
    vec![
        (key(SizingField::Model), r.arch.id.to_string()),
        (
            key(SizingField::Precision),
            r.precision.as_str().to_string(),
        ),
        (key(SizingField::Hardware), hw),
        (
            key(SizingField::Billing),
            r.billing_mode.as_str().to_string(),
        ),
        (key(SizingField::Context), format!("{}", r.context)),
        (
            key(SizingField::FirstTokenMs),
            format!("{}", r.first_token_ms),
        ),
        (key(SizingField::PerTokenMs), format!("{}", r.per_token_ms)),
        (
            key(SizingField::HeadroomPct),
            format::number(r.headroom * 100.0, 0),
        ),
        (key(SizingField::Api), r.api.clone()),
    ]
}
