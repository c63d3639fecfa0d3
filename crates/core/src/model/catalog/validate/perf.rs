//! Rules for runtime classes, self-hosted models and performance records
//! (`catalog/perf/*.json`).

use super::{
    check_figure, parse_record, parse_whole, provenance, split_records, text, Errors, Known, Rule,
    Unique,
};
use crate::model::catalog::perf::PerfFile;
use crate::model::catalog::{ModelRecord, PerfRecord, PerfUnit, Runtime, Subject};
use crate::model::vocab::{PerfId, PriceId};
use serde_json::Value;
use std::collections::HashSet;

pub(super) struct Loaded {
    pub runtimes: Vec<Runtime>,
    pub models: Vec<ModelRecord>,
    pub records: Vec<PerfRecord>,
    /// Ids of every performance record written, valid or not.
    pub record_ids: HashSet<PerfId>,
}

pub(super) fn load(errs: &mut Errors, files: &[(String, String)], known: &Known) -> Loaded {
    let mut out = Loaded {
        runtimes: Vec::new(),
        models: Vec::new(),
        records: Vec::new(),
        record_ids: HashSet::new(),
    };
    let parsed: Vec<(&str, PerfFile)> = files
        .iter()
        .filter_map(|(file, text)| Some((file.as_str(), parse_whole(errs, file, text)?)))
        .collect();

    // Runtimes first: records in any file may name them.
    let mut ids = Unique::new();
    for (file, pf) in &parsed {
        for (id, value) in split_records(pf.runtimes.clone()) {
            if !ids.check(errs, file, &id, "runtime") {
                continue;
            }
            let Some(rt) = parse_record::<Runtime>(errs, file, &id, value) else {
                continue;
            };
            check_prices(errs, file, &id, &rt.prices, known);
            out.runtimes.push(rt);
        }
    }
    let runtime_ids = ids.0;

    let mut ids = Unique::new();
    for (file, pf) in &parsed {
        for (id, value) in split_records(pf.models.clone()) {
            if !ids.check(errs, file, &id, "model") {
                continue;
            }
            let before = errs.len();
            provenance(errs, file, &id, "every model", &value, known.meta);
            if errs.len() > before {
                continue;
            }
            let Some(m) = parse_record::<ModelRecord>(errs, file, &id, value) else {
                continue;
            };
            if let Some(v) = m.vram_gib {
                check_figure(errs, file, &id, "vram_gib", v);
            }
            check_prices(errs, file, &id, &m.fits, known);
            out.models.push(m);
        }
    }

    let mut ids = Unique::new();
    for (file, pf) in &parsed {
        for (id, value) in split_records(pf.records.clone()) {
            if !ids.check(errs, file, &id, "performance record") {
                continue;
            }
            if let Some(r) = record(errs, file, &id, value, known, &runtime_ids) {
                out.records.push(r);
            }
        }
    }
    out.record_ids = ids.0.into_iter().map(PerfId).collect();
    out
}

fn record(
    errs: &mut Errors,
    file: &str,
    id: &str,
    value: Value,
    known: &Known,
    runtimes: &HashSet<String>,
) -> Option<PerfRecord> {
    let before = errs.len();
    provenance(
        errs,
        file,
        id,
        "every performance record",
        &value,
        known.meta,
    );
    match text(&value, "unit") {
        Some(u) if PerfUnit::parse(u).is_some() => {}
        u => errs.push(
            file,
            id,
            Rule::UnknownUnit,
            format!("unit {u:?} is not one of the performance units"),
        ),
    }
    if errs.len() > before {
        return None;
    }
    let rec: PerfRecord = parse_record(errs, file, id, value)?;
    check_figure(errs, file, id, "value", rec.value);
    check_prices(errs, file, id, &rec.prices, known);
    let dangling = |what: String| (Rule::DanglingReference, what);
    let problem = match &rec.subject {
        Subject::Runtime(r) if !runtimes.contains(r.as_str()) => Some(dangling(format!(
            "subject names unknown runtime `{}`",
            r.as_str()
        ))),
        Subject::Provider(p) if !known.provider(p) => {
            Some(dangling(format!("subject names unknown provider `{p}`")))
        }
        Subject::Route { from, to } => [from, to]
            .into_iter()
            .find(|p| !known.provider(p))
            .map(|p| dangling(format!("route names unknown provider `{p}`"))),
        _ => None,
    };
    if let Some((rule, detail)) = problem {
        errs.push(file, id, rule, detail);
    }
    (errs.len() == before).then_some(rec)
}

fn check_prices(errs: &mut Errors, file: &str, id: &str, prices: &[PriceId], known: &Known) {
    for p in prices {
        if !known.prices.contains(p) {
            errs.push(
                file,
                id,
                Rule::DanglingReference,
                format!("names unknown price `{p}`"),
            );
        }
    }
}
