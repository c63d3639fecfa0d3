//! Rules for the provider matrix (`catalog/matrix/*.json`).

use super::prices::check_price;
use super::{
    check_currency, check_figure, parse_record, parse_whole, provenance, split_records, Errors,
    Known, Rule, Unique,
};
use crate::model::catalog::matrix::{EdgePlatform, MatrixFile, OssProject};
use crate::model::catalog::{CellValue, MatrixSection, ProviderMatrix};
use serde_json::Value;

pub(super) fn load(errs: &mut Errors, files: &[(String, String)], known: &Known) -> ProviderMatrix {
    let mut m = ProviderMatrix::default();
    let mut sections = Unique::new();
    let mut projects = Unique::new();
    let mut edges = Unique::new();
    for (file, text) in files {
        let Some(mf) = parse_whole::<MatrixFile>(errs, file, text) else {
            continue;
        };
        for (id, value) in split_records(mf.sections) {
            if sections.check(errs, file, &id, "matrix section") {
                if let Some(s) = section(errs, file, &id, value, known) {
                    m.sections.push(s);
                }
            }
        }
        for (id, value) in split_records(mf.projects) {
            if projects.check(errs, file, &id, "project") {
                if let Some(p) = project(errs, file, &id, value, known) {
                    m.projects.push(p);
                }
            }
        }
        for (id, value) in split_records(mf.edge_platforms) {
            if !edges.check(errs, file, &id, "edge platform") {
                continue;
            }
            let before = errs.len();
            provenance(errs, file, &id, "every edge platform", &value, known.meta);
            if errs.len() > before {
                continue;
            }
            if let Some(e) = parse_record::<EdgePlatform>(errs, file, &id, value) {
                if let Some(p) = e.provider.as_ref().filter(|p| !known.provider(p)) {
                    let detail = format!("unknown provider `{p}`");
                    errs.push(file, &id, Rule::DanglingReference, detail);
                }
                m.edge_platforms.push(e);
            }
        }
    }
    m
}

fn project(
    errs: &mut Errors,
    file: &str,
    id: &str,
    value: Value,
    known: &Known,
) -> Option<OssProject> {
    let before = errs.len();
    provenance(errs, file, id, "every project", &value, known.meta);
    if errs.len() > before {
        return None;
    }
    let p: OssProject = parse_record(errs, file, id, value)?;
    check_figure(errs, file, id, "stars", p.stars);
    check_figure(errs, file, id, "forks", p.forks);
    check_figure(errs, file, id, "contributors", p.contributors);
    (errs.len() == before).then_some(p)
}

/// Currencies of `money` cells, checked on the raw JSON so that they get their own rule.
fn precheck_cells(errs: &mut Errors, file: &str, id: &str, value: &Value) {
    let rows = value.get("rows").and_then(Value::as_array);
    for row in rows.into_iter().flatten() {
        let cells = row.get("cells").and_then(Value::as_object);
        for (provider, cell) in cells.into_iter().flatten() {
            if let Some(money) = cell.get("money") {
                let row_id = row.get("id").and_then(Value::as_str).unwrap_or("?");
                let what = format!("row {row_id}, {provider}");
                check_currency(errs, file, id, &what, money);
            }
        }
    }
}

fn section(
    errs: &mut Errors,
    file: &str,
    id: &str,
    value: Value,
    known: &Known,
) -> Option<MatrixSection> {
    let before = errs.len();
    provenance(errs, file, id, "every matrix section", &value, known.meta);
    precheck_cells(errs, file, id, &value);
    if errs.len() > before {
        return None;
    }
    let s: MatrixSection = parse_record(errs, file, id, value)?;
    for c in &s.columns {
        if !known.provider(c) {
            let detail = format!("column names unknown provider `{c}`");
            errs.push(file, id, Rule::DanglingReference, detail);
        }
    }
    let mut rows = Unique::new();
    for row in &s.rows {
        let rid = format!("{id}/{}", row.id);
        rows.check(errs, file, &rid, "matrix row");
        for c in &s.columns {
            if !row.cells.contains_key(c) {
                let detail = format!("no cell for column `{c}`");
                errs.push(file, &rid, Rule::Malformed, detail);
            }
        }
        for (p, cell) in &row.cells {
            let what = format!("cell {p}");
            if !s.columns.contains(p) {
                let detail = format!("{what}: `{p}` is not a column of this section");
                errs.push(file, &rid, Rule::DanglingReference, detail);
            }
            if cell.source.as_deref().is_some_and(|s| s.trim().is_empty()) {
                let detail = format!("{what}: source override is empty");
                errs.push(file, &rid, Rule::MissingSource, detail);
            }
            match &cell.value {
                CellValue::Perf(r) if !known.perf.contains(r) => {
                    let detail = format!("{what} names unknown performance record `{r}`");
                    errs.push(file, &rid, Rule::DanglingReference, detail);
                }
                CellValue::Price(r) if !known.prices.contains(r) => {
                    let detail = format!("{what} names unknown price `{r}`");
                    errs.push(file, &rid, Rule::DanglingReference, detail);
                }
                CellValue::Count(f) => check_figure(errs, file, &rid, &what, *f),
                CellValue::Money { amount, .. } => {
                    check_price(errs, file, &rid, Some(*amount), &what)
                }
                _ => {}
            }
        }
    }
    (errs.len() == before).then_some(s)
}
