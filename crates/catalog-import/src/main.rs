//! `make catalog` (scripts/catalog.sh) runs this after unpacking LiteLLM's map from the pinned
//! wheel. It reads the map and the selection, maps, validates the whole catalog with the new
//! file in it, stops at any price that moved more than 50 % unless confirmed, and only then
//! writes the catalog file (and, with --write-excerpt, the fixture excerpt of the map).
//!
//! Usage: catalog-import --map PATH [--write-excerpt PATH] [--confirm id1,id2] [--dry-run]
//!        [--baseline DIR]
//! (the CATALOG_CONFIRM variable adds to --confirm). Paths are relative to the repository.
//! Prices are compared with the price files in catalog/ before writing, or with those in
//! DIR/prices/*.json (e.g. a `git archive` of the last commit's catalog/, for a change that
//! also moves records between hand-written files).

use deploycalc_catalog_import::{excerpt, gate, import, parse_map, render, Selection};
use deploycalc_core::engine::data_file::DataSources;
use deploycalc_core::model::catalog::Meta;
use std::process::ExitCode;

const SELECTION: &str = "catalog/sources/litellm-selection.json";

struct Args {
    map: String,
    excerpt: Option<String>,
    confirm: Vec<String>,
    dry_run: bool,
    baseline: Option<String>,
}

fn args() -> Result<Args, String> {
    let mut out = Args {
        map: String::new(),
        excerpt: None,
        confirm: std::env::var("CATALOG_CONFIRM")
            .map(|v| gate::parse_confirm(&v))
            .unwrap_or_default(),
        dry_run: false,
        baseline: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--map" => out.map = value()?,
            "--write-excerpt" => out.excerpt = Some(value()?),
            "--confirm" => out.confirm.extend(gate::parse_confirm(&value()?)),
            "--dry-run" => out.dry_run = true,
            "--baseline" => out.baseline = Some(value()?),
            _ => return Err(format!("unknown argument {a}")),
        }
    }
    if out.map.is_empty() {
        return Err("--map PATH is required".into());
    }
    Ok(out)
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

/// The texts of DIR/prices/*.json.
fn baseline(dir: &str) -> Result<Vec<String>, String> {
    let prices = format!("{dir}/prices");
    let entries = std::fs::read_dir(&prices).map_err(|e| format!("{prices}: {e}"))?;
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display())))
        .collect()
}

fn fail(lines: &[String]) -> ExitCode {
    for l in lines {
        eprintln!("  {l}");
    }
    ExitCode::FAILURE
}

fn main() -> ExitCode {
    let a = match args() {
        Ok(a) => a,
        Err(e) => return fail(&[e]),
    };
    let inputs =
        read(&a.map).and_then(|m| Ok((parse_map(&m)?, Selection::parse(&read(SELECTION)?)?)));
    let (map, sel) = match inputs {
        Ok(x) => x,
        Err(e) => return fail(&[e]),
    };
    let sources = match gate::reread(DataSources::embedded(), |name| {
        read(&format!("catalog/{name}"))
    }) {
        Ok(s) => s,
        Err(e) => return fail(&e),
    };
    let committed = match &a.baseline {
        None => gate::committed(sources.catalog.prices.iter().map(|(_, t)| t.as_str())),
        Some(dir) => match baseline(dir) {
            Ok(texts) => gate::committed(texts.iter().map(String::as_str)),
            Err(e) => return fail(&[e]),
        },
    };
    let meta: Meta = match serde_json::from_str(&sources.catalog.meta) {
        Ok(m) => m,
        Err(e) => return fail(&[format!("catalog/meta.json: {e}")]),
    };
    let records = match import(&map, &sel, meta.as_of) {
        Ok(r) => r,
        Err(e) => {
            eprintln!(
                "the selection does not match LiteLLM {}'s map:",
                sel.litellm_version
            );
            return fail(&e);
        }
    };
    let text = render(&records);
    let new_sources = gate::with_file(sources, &sel.file, &text);
    if let Err(e) = gate::validate(&new_sources) {
        eprintln!(
            "the catalog with the new {} does not validate; nothing written:",
            sel.file
        );
        return fail(&e);
    }
    let moves = gate::moves(&committed, &records);
    for m in &moves {
        println!("moved more than 50 %: {m}");
    }
    let open = gate::unconfirmed(&moves, &a.confirm);
    if !open.is_empty() {
        let mut ids: Vec<&str> = open.iter().map(|m| m.id.as_str()).collect();
        ids.dedup();
        eprintln!(
            "{} price(s) moved more than 50 % and are not confirmed; nothing written. \
             Check them against the source, then run again with --confirm {}",
            open.len(),
            ids.join(",")
        );
        return ExitCode::FAILURE;
    }
    if a.dry_run {
        println!(
            "{} records validate (dry run, nothing written)",
            records.len()
        );
        return ExitCode::SUCCESS;
    }
    let path = format!("catalog/{}", sel.file);
    let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == text);
    if let Err(e) = std::fs::write(&path, &text) {
        return fail(&[format!("{path}: {e}")]);
    }
    println!(
        "{path}: {} records from LiteLLM {} ({})",
        records.len(),
        sel.litellm_version,
        if unchanged { "unchanged" } else { "written" }
    );
    if let Some(out) = &a.excerpt {
        match excerpt(&map, &sel) {
            Ok(x) => {
                if let Err(e) = std::fs::write(out, x) {
                    return fail(&[format!("{out}: {e}")]);
                }
                println!("{out}: the map's {} selected entries", sel.keys().len());
            }
            Err(e) => return fail(&e),
        }
    }
    ExitCode::SUCCESS
}
