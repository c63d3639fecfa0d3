//! The build-time prerender: one more shell over the same crates. Trunk runs it after each
//! build (the `post_build` hook in Trunk.toml) on the staged `index.html`; it renders the
//! default comparison with the app's own components, natively, into the page's
//! `<div id="dc-pre">`, so that text, totals and layout paint before any wasm arrives.
//!
//! It also writes the data file (`data-<hash>.json`: catalog, purchase rules, decision trees;
//! engine::data_file) beside the page and links it from the head, for the app to fetch.
//!
//! Twelve copies, chosen by CSS before first paint (`public/first-paint.js` sets `<html lang>`
//! and classes by the app's own rules): Chinese and English, page and embed, and the page for
//! each other seed's workload (`wl=s001`…`s004`: the plans a shared link compares, their
//! figures hidden while the link's own are computed). Each also carries
//! the decide and catalog pages' headings, shown instead of the comparison for their links. The app removes
//! the prerender in the same task that mounts it (src/main.rs), so identical content is
//! never redrawn visibly.

use std::process::ExitCode;

use deploycalc::ui::render_static;
use deploycalc_core::engine::data_file::{self, DataSources};
use deploycalc_core::engine::embedded;
use deploycalc_core::model::vocab::Lang;
use std::path::Path;

/// The workloads prerendered besides the default (seed 000's), one copy per language each.
/// public/first-paint.js and style/main.css name the same list.
const SHARED_WORKLOADS: [&str; 4] = ["s001", "s002", "s003", "s004"];

/// Futures are dropped: effects never run here, as on a server.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _fut: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _fut: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: deploycalc-prerender <built index.html>");
        return ExitCode::from(2);
    };
    match run(&path) {
        Ok(bytes) => {
            println!("prerendered the default comparison into {path} ({bytes} bytes)");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(path: &str) -> Result<usize, String> {
    let page = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let data = embedded().map_err(|errors| errors.join("\n"))?;
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let mut copies = vec![
        (Lang::Zh, "zh".to_string(), String::new()),
        (Lang::En, "en".to_string(), String::new()),
        (Lang::Zh, "zh-embed".to_string(), "embed=1".to_string()),
        (Lang::En, "en-embed".to_string(), "embed=1".to_string()),
    ];
    // each other seed's workload at its defaults, for shared links (the page, not the embed)
    for w in SHARED_WORKLOADS {
        for (lang, code) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
            copies.push((lang, format!("{code}-{w}"), format!("wl={w}")));
        }
    }
    let mut html = String::new();
    for (lang, name, search) in &copies {
        let (lang, name, search) = (*lang, name.as_str(), search.as_str());
        let body = deploycalc_prerender::clean(&render_static(data, search, lang), name);
        html.push_str(&format!(
            r#"<div class="dc-pre-copy" data-pre="{name}">{body}<i class="dc-pre-end" hidden></i></div>"#
        ));
    }
    let out = deploycalc_prerender::inject(&page, &html)?;
    // the data the app fetches instead of carrying it in its wasm, checked as the app will
    let data = data_file::write(&DataSources::embedded());
    data_file::validate(&data).map_err(|errors| errors.join("\n"))?;
    let name = deploycalc_prerender::data_file_name(&data);
    let dir = Path::new(path).parent().unwrap_or(Path::new("."));
    let data_path = dir.join(&name);
    std::fs::write(&data_path, &data)
        .map_err(|e| format!("cannot write {}: {e}", data_path.display()))?;
    let out = deploycalc_prerender::link_data_file(&out, &name)?;
    std::fs::write(path, &out).map_err(|e| format!("cannot write {path}: {e}"))?;
    Ok(html.len())
}
