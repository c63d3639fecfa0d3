//! Plan lines sized from the traffic (`Quantity::Sized`): what they name must exist and agree.

use super::errors::{Errors, Rule};
use crate::model::catalog::hardware::{ArchKind, GpuRecord, ModelArch};
use crate::model::catalog::owned::OwnedServer;
use crate::model::catalog::plan::Plan;
use crate::model::catalog::quantity::{Quantity, SizedSpec};
use crate::model::catalog::{GpuInstance, SpeechRecord};

/// What a sized line may refer to.
pub(super) struct Refs<'a> {
    pub instances: &'a [GpuInstance],
    pub servers: &'a [OwnedServer],
    pub archs: &'a [ModelArch],
    pub gpus: &'a [GpuRecord],
    pub speech: &'a [SpeechRecord],
}

/// Checks every sized line: its instance exists and is priced by the line's own record (or
/// its owned machine exists, names a GPU and is counted), its
/// model is a language model of the hardware catalog, its speech records exist and name a GPU,
/// and the seed's capacity (if any) is positive.
pub(super) fn check(errs: &mut Errors, plans: &[Plan], refs: &Refs) {
    for plan in plans {
        let file = format!("plans/{}.json", plan.seed);
        for line in &plan.lines {
            let Quantity::Sized {
                sized,
                seed_capacity,
                seed_count,
                ..
            } = &line.quantity
            else {
                continue;
            };
            let mut bad = |rule, detail: String| errs.push(&file, plan.id.as_str(), rule, detail);
            match (&sized.instance, &sized.owned) {
                (Some(id), None) => match refs.instances.iter().find(|i| &i.id == id) {
                    None => bad(
                        Rule::DanglingReference,
                        format!("sized line names unknown instance `{id}`"),
                    ),
                    Some(i) if i.price != line.price => bad(
                        Rule::Inconsistent,
                        format!(
                            "sized line is priced by `{}` but its instance `{}` by `{}`",
                            line.price, i.id, i.price
                        ),
                    ),
                    Some(_) => {}
                },
                (None, Some(id)) => check_owned(id.as_str(), seed_count.is_some(), refs, &mut bad),
                _ => bad(
                    Rule::Inconsistent,
                    "sized line names neither or both of `instance` and `owned`".into(),
                ),
            }
            check_model_and_speech(sized, refs, &mut bad);
            if seed_capacity.is_some_and(|c| !(c.is_finite() && c > 0.0)) {
                bad(
                    Rule::NegativeValue,
                    "sized line's seed_capacity must be above 0".into(),
                );
            }
        }
    }
}

/// An owned machine on a sized line: it exists and names its GPU, and the line says how many
/// of it there are (`seed_count`), since the model never adds machines the visitor owns.
fn check_owned(id: &str, counted: bool, refs: &Refs, bad: &mut impl FnMut(Rule, String)) {
    match refs.servers.iter().find(|s| s.id.as_str() == id) {
        None => bad(
            Rule::DanglingReference,
            format!("sized line names unknown owned machine `{id}`"),
        ),
        Some(s) if s.gpu.is_none() => bad(
            Rule::Inconsistent,
            format!("sized line's owned machine `{id}` names no GPU"),
        ),
        Some(_) if !counted => bad(
            Rule::Inconsistent,
            format!("sized line on owned machine `{id}` needs a seed_count"),
        ),
        Some(_) => {}
    }
}

fn check_model_and_speech(sized: &SizedSpec, refs: &Refs, bad: &mut impl FnMut(Rule, String)) {
    match refs.archs.iter().find(|a| a.id == sized.model) {
        None => bad(
            Rule::DanglingReference,
            format!("sized line names unknown model `{}`", sized.model),
        ),
        Some(a) if a.kind == ArchKind::Embedding => bad(
            Rule::Inconsistent,
            format!("sized line's model `{}` is not a language model", a.id),
        ),
        Some(_) => {}
    }
    for id in &sized.speech {
        match refs.speech.iter().find(|r| &r.id == id) {
            None => bad(
                Rule::DanglingReference,
                format!("sized line names unknown speech record `{id}`"),
            ),
            Some(r)
                if !r
                    .gpu
                    .as_ref()
                    .is_some_and(|g| refs.gpus.iter().any(|x| &x.id == g)) =>
            {
                bad(
                    Rule::Inconsistent,
                    format!("speech record `{id}` shares a GPU but was measured on none"),
                )
            }
            Some(_) => {}
        }
    }
}
