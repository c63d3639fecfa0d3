//! The data file the web app fetches (engine::data_file): it carries the embedded files
//! unchanged, is validated exactly as they are, and any damage is a list of errors, never a
//! panic nor half a catalog.
//!
//! Fuzzing: `FUZZ_CASES` per property for small generated and mutated files (default 1,000;
//! `make bench` runs 10⁶), a hundredth (at least 20) for mutations of the whole 350 KB file.

use crate::common::catalog;
use crate::fuzz_overrides::{any_json, cases, mutate, mutation};
use deploycalc_core::engine::data_file::{self, DataSources};
use deploycalc_core::engine::decision::trees;
use deploycalc_core::engine::purchase::rules;
use proptest::prelude::*;

fn real() -> String {
    data_file::write(&DataSources::embedded())
}

/// A data file of the given (name, JSON) pairs.
fn file(pairs: &[(&str, &str)]) -> String {
    let items: Vec<String> = pairs.iter().map(|(n, j)| format!("[{n:?},{j}]")).collect();
    format!("[{}]", items.join(","))
}

#[test]
fn the_data_file_holds_the_embedded_catalog_rules_and_trees_unchanged() {
    let loaded = data_file::validate(&real()).expect("the data file validates");
    let embedded = catalog();
    let ids = |c: &deploycalc_core::model::catalog::Catalog| {
        c.prices
            .iter()
            .map(|p| p.id.to_string())
            .collect::<Vec<_>>()
    };
    // same records in the same order (the catalog page lists them in file order)
    assert_eq!(ids(&loaded.catalog), ids(embedded));
    assert_eq!(loaded.catalog.prices, embedded.prices);
    assert_eq!(loaded.catalog.plans.len(), embedded.plans.len());
    assert_eq!(loaded.catalog.perf.len(), embedded.perf.len());
    // the hardware catalog (GPUs, model architectures) travels whole, figures and nulls
    assert_eq!(loaded.catalog.gpus, embedded.gpus);
    assert_eq!(loaded.catalog.model_archs, embedded.model_archs);
    assert!(!embedded.gpus.is_empty() && !embedded.model_archs.is_empty());
    // and the cloud GPU instance types with it
    assert_eq!(loaded.catalog.instances, embedded.instances);
    assert!(!embedded.instances.is_empty());
    assert_eq!(loaded.rules.len(), rules().len());
    let embedded_trees = trees().as_ref().expect("trees");
    let tree_ids = |t: &[deploycalc_core::engine::decision::DecisionTree]| {
        t.iter().map(|t| t.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(tree_ids(&loaded.trees), tree_ids(embedded_trees));
    assert_eq!(loaded.trees.len(), 5);
}

#[test]
fn every_catalog_file_is_in_the_data_file_once() {
    let files: Vec<String> = serde_json::from_str::<Vec<(String, serde_json::Value)>>(&real())
        .expect("an array of pairs")
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    // catalog/sources/ holds the importer's inputs (crates/catalog-import), not the app's data
    let on_disk: Vec<String> = walk(&format!("{}/../../catalog", env!("CARGO_MANIFEST_DIR")), "")
        .into_iter()
        .filter(|f| !f.starts_with("sources/"))
        .collect();
    let mut listed = files.clone();
    listed.sort();
    assert_eq!(
        listed, on_disk,
        "a catalog file is missing from the data file, or extra"
    );
}

fn walk(dir: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("catalog dir") {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().to_string();
        if entry.file_type().unwrap().is_dir() {
            out.extend(walk(
                &entry.path().to_string_lossy(),
                &format!("{prefix}{name}/"),
            ));
        } else if name.ends_with(".json") {
            out.push(format!("{prefix}{name}"));
        }
    }
    out.sort();
    out
}

#[test]
fn a_damaged_data_file_names_what_is_wrong() {
    let err = |text: &str| data_file::validate(text).expect_err("refused");
    assert!(err("")[0].contains("not a JSON array"));
    assert!(err("{}")[0].contains("not a JSON array"));
    let dup = file(&[("meta.json", "{}"), ("meta.json", "{}")]);
    assert!(err(&dup)
        .iter()
        .any(|e| e == "the data file lists meta.json twice"));
    let unknown = file(&[("secrets/x.json", "{}")]);
    let e = err(&unknown);
    assert!(e.contains(&"the data file has an unknown file secrets/x.json".to_string()));
    for missing in ["meta.json", "providers.json", "purchase.json"] {
        assert!(
            e.contains(&format!("the data file has no {missing}")),
            "{e:?}"
        );
    }
}

#[test]
fn a_bad_record_in_the_data_file_is_the_same_error_as_in_the_embedded_files() {
    // the first price record's price turned negative: the validator's own complaint, by id
    let text = real();
    let first = &catalog().prices[0];
    let id = first.id.to_string();
    let at = text
        .find(&format!("\"id\": \"{id}\""))
        .expect("the first record's id");
    let price_at = at + text[at..].find("\"price\":").expect("its price");
    let end = price_at + text[price_at..].find([',', '}']).unwrap();
    let broken = format!("{}\"price\": -5{}", &text[..price_at], &text[end..]);
    let errors = data_file::validate(&broken).expect_err("a negative price is refused");
    assert!(errors.iter().any(|e| e.contains(&id)), "{errors:?}");
}

#[test]
fn a_bad_hardware_record_in_the_data_file_is_refused_by_id() {
    // T4's bandwidth zeroed in the data file: unknown is null, never 0
    let text = real();
    let at = text.find("\"id\": \"nvidia-t4\"").expect("the T4 record");
    let bw_at = at
        + text[at..]
            .find("\"memory_bandwidth_gb_s\": 320")
            .expect("its bandwidth");
    let broken = format!(
        "{}\"memory_bandwidth_gb_s\": 0{}",
        &text[..bw_at],
        &text[bw_at + "\"memory_bandwidth_gb_s\": 320".len()..]
    );
    let errors = data_file::validate(&broken).expect_err("a zero bandwidth is refused");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("hardware/gpus.json") && e.contains("nvidia-t4")),
        "{errors:?}"
    );
    // and the hardware files are found by their folder, not refused as unknown
    assert!(real().contains("[\"hardware/gpus.json\","));
    assert!(real().contains("[\"hardware/models.json\","));
}

#[test]
fn a_tree_that_names_a_missing_plan_is_refused() {
    // trees are checked against the catalog, as the embedded ones are
    let text = real().replacen("\"s000-ec2-gpu\"", "\"s000-nowhere\"", 1);
    assert!(data_file::validate(&text).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Small files of any names and any JSON: refused with reasons, never a panic.
    #[test]
    fn small_files_are_refused_with_reasons(
        pairs in prop::collection::vec(
            (prop::sample::select(vec![
                "meta.json", "providers.json", "purchase.json", "prices/a.json",
                "plans/p.json", "perf/x.json", "matrix/m.json", "decisions/d.json",
                "x.json", "", "prices/", "../etc/passwd",
            ]), any_json()),
            0..6,
        ),
        muts in prop::collection::vec(mutation(), 0..3),
    ) {
        let named: Vec<(&str, &str)> = pairs.iter().map(|(n, j)| (*n, j.as_str())).collect();
        let mut bytes = file(&named).into_bytes();
        for m in &muts {
            mutate(&mut bytes, m);
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Err(errors) = data_file::validate(&text) {
            prop_assert!(!errors.is_empty());
            prop_assert!(errors.iter().all(|e| !e.trim().is_empty()));
        }
    }
}

proptest! {
    // the whole 350 KB file: a hundredth of the cases (at least 20)
    #![proptest_config(ProptestConfig {
        cases: (cases() / 100).max(20),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// The real file, damaged: either still a valid catalog, or refused with reasons.
    #[test]
    fn the_damaged_real_file_is_whole_or_refused(muts in prop::collection::vec(mutation(), 1..4)) {
        let mut bytes = real().into_bytes();
        for m in &muts {
            mutate(&mut bytes, m);
        }
        let text = String::from_utf8_lossy(&bytes);
        match data_file::validate(&text) {
            Ok(loaded) => prop_assert!(!loaded.catalog.prices.is_empty() && loaded.trees.len() == 5),
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }
}
