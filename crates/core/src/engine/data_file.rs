//! The data file: the catalog, the purchase rules and the decision trees as one JSON file that
//! the web app fetches beside its wasm (content-hashed, cached for good) instead of carrying
//! it inside. Its form is an array of `[file name, the file's JSON]` pairs, in the catalog's
//! own order: `[["meta.json", {…}], ["prices/aws.json", […]], …]`, so each file's JSON is kept
//! as written. [`load`] validates it exactly as the embedded files are validated, and any
//! problem is an error for the one error page, never a half-loaded catalog.

use super::decision::{self, DecisionTree};
use super::purchase::{self, DiscountRule};
use super::Embedded;
use crate::model::catalog::{Catalog, Sources};
use crate::steps;
use serde_json::value::RawValue;
use std::future::Future;

/// Everything the data file carries, as (file name, JSON text).
#[derive(Clone, Debug, Default)]
pub struct DataSources {
    pub catalog: Sources,
    /// catalog/purchase.json
    pub purchase: String,
    /// catalog/decisions/*.json
    pub decisions: Vec<(String, String)>,
}

impl DataSources {
    /// The files compiled into this binary.
    #[cfg(feature = "embedded")]
    pub fn embedded() -> DataSources {
        DataSources {
            catalog: crate::model::catalog::files::embedded(),
            purchase: purchase::EMBEDDED_RULES.to_string(),
            decisions: decision::SOURCES
                .iter()
                .map(|(name, text)| (name.to_string(), text.to_string()))
                .collect(),
        }
    }

    /// Every file as (name, text), in the order the data file lists them.
    fn files(&self) -> Vec<(&str, &str)> {
        let c = &self.catalog;
        let mut out = vec![
            ("meta.json", c.meta.as_str()),
            ("providers.json", c.providers.as_str()),
            ("purchase.json", self.purchase.as_str()),
        ];
        for group in [
            &c.prices,
            &c.plans,
            &c.perf,
            &c.matrix,
            &c.hardware,
            &self.decisions,
        ] {
            out.extend(group.iter().map(|(n, t)| (n.as_str(), t.as_str())));
        }
        out
    }
}

/// Writes the data file. Each file's text goes in as written (it is JSON already; [`load`]
/// checks it), so the file is the catalog's bytes plus the names.
pub fn write(sources: &DataSources) -> String {
    let files = sources.files();
    let mut out = String::with_capacity(files.iter().map(|(n, t)| n.len() + t.len() + 8).sum());
    out.push('[');
    for (i, (name, text)) in files.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        out.push('[');
        out.push_str(&serde_json::to_string(name).unwrap_or_default());
        out.push(',');
        out.push_str(text.trim());
        out.push(']');
    }
    out.push_str("]\n");
    out
}

/// Reads the data file back into its files: every problem of its shape at once (not JSON, a
/// file named twice, an unknown name, a required file missing).
pub fn parse(text: &str) -> Result<DataSources, Vec<String>> {
    let pairs: Vec<(String, Box<RawValue>)> = serde_json::from_str(text).map_err(|e| {
        vec![format!(
            "the data file is not a JSON array of [file name, JSON] pairs: {e}"
        )]
    })?;
    let mut out = DataSources::default();
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let (mut meta, mut providers, mut rules) = (false, false, false);
    for (name, raw) in pairs {
        if !seen.insert(name.clone()) {
            errors.push(format!("the data file lists {name} twice"));
            continue;
        }
        let json = raw.get().to_string();
        let c = &mut out.catalog;
        match name
            .split_once('/')
            .map_or(name.as_str(), |(folder, _)| folder)
        {
            "meta.json" => (meta, c.meta) = (true, json),
            "providers.json" => (providers, c.providers) = (true, json),
            "purchase.json" => (rules, out.purchase) = (true, json),
            "prices" => c.prices.push((name, json)),
            "plans" => c.plans.push((name, json)),
            "perf" => c.perf.push((name, json)),
            "matrix" => c.matrix.push((name, json)),
            "hardware" => c.hardware.push((name, json)),
            "decisions" => out.decisions.push((name, json)),
            _ => errors.push(format!("the data file has an unknown file {name}")),
        }
    }
    for (present, name) in [
        (meta, "meta.json"),
        (providers, "providers.json"),
        (rules, "purchase.json"),
    ] {
        if !present {
            errors.push(format!("the data file has no {name}"));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// What a data file holds once validated.
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    pub rules: Vec<DiscountRule>,
    pub trees: Vec<DecisionTree>,
}

/// Parses and validates a data file as the embedded files are validated: the catalog, the
/// purchase rules, the trees and the trees against the catalog. Every error, or all of it.
pub fn validate(text: &str) -> Result<Loaded, Vec<String>> {
    steps::now(validate_in_steps(text, &mut steps::no_pause))
}

/// [`validate`], with `pause().await` between its stages (the file's shape; the catalog's
/// three; the rules and trees): on a phone the whole is one ~120 ms task, each stage a task of
/// its own is under 50 ms (see [`crate::steps`]).
pub async fn validate_in_steps<F: Future<Output = ()>>(
    text: &str,
    pause: &mut impl FnMut() -> F,
) -> Result<Loaded, Vec<String>> {
    let sources = parse(text)?;
    pause().await;
    let catalog = Catalog::from_sources_in_steps(&sources.catalog, pause).await;
    pause().await;
    let rules = purchase::parse_rules(&sources.purchase).map_err(|e| format!("purchase.json: {e}"));
    let named: Vec<(&str, &str)> = sources
        .decisions
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let trees = decision::load(&named);
    let mut errors: Vec<String> = Vec::new();
    if let Err(e) = &catalog {
        errors.extend(e.iter().map(ToString::to_string));
    }
    if let Err(e) = &rules {
        errors.push(e.clone());
    }
    if let Err(e) = &trees {
        errors.extend(e.iter().map(ToString::to_string));
    }
    match (catalog, rules, trees) {
        (Ok(catalog), Ok(rules), Ok(trees)) => {
            let mismatched = decision::check_against(&trees, &catalog);
            if mismatched.is_empty() {
                Ok(Loaded {
                    catalog,
                    rules,
                    trees,
                })
            } else {
                Err(mismatched.iter().map(ToString::to_string).collect())
            }
        }
        _ => Err(errors),
    }
}

/// Validates a data file, with `pause().await` between the stages of [`validate_in_steps`],
/// and makes it the data of this process (the web app's start): the catalog and trees live as
/// long as the page, the rules become the ones every estimate uses.
pub async fn load_in_steps<F: Future<Output = ()>>(
    text: &str,
    pause: &mut impl FnMut() -> F,
) -> Result<Embedded, Vec<String>> {
    let loaded = validate_in_steps(text, pause).await?;
    purchase::install_rules(loaded.rules);
    Ok(Embedded {
        catalog: Box::leak(Box::new(loaded.catalog)),
        trees: Box::leak(loaded.trees.into_boxed_slice()),
    })
}
