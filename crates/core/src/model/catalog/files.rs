//! The catalog's JSON files, embedded at compile time. Adding a record is a JSON edit; adding
//! a file means listing it here.

/// Catalog sources as (file name, JSON text); tests build their own bad fixtures with it.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    pub meta: String,
    pub providers: String,
    /// Each a JSON array of price records.
    pub prices: Vec<(String, String)>,
    /// Each a JSON array of plans.
    pub plans: Vec<(String, String)>,
    /// Each an object with optional `runtimes`, `models` and `records` arrays.
    pub perf: Vec<(String, String)>,
    /// Each an object with optional `sections`, `projects` and `edge_platforms` arrays.
    pub matrix: Vec<(String, String)>,
    /// Each an object with optional `gpus`, `models` (architecture), `instances` and the
    /// owned-hardware arrays (`hardware::HardwareFile`).
    pub hardware: Vec<(String, String)>,
}

#[cfg(feature = "embedded")]
macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        vec![$(($path.to_string(), include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalog/", $path)).to_string())),*]
    };
}

#[cfg(feature = "embedded")]
pub fn embedded() -> Sources {
    Sources {
        meta: include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../catalog/meta.json"
        ))
        .to_string(),
        providers: include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../catalog/providers.json"
        ))
        .to_string(),
        prices: embed![
            "prices/aws.json",
            "prices/aws-data.json",
            "prices/aws-bundles.json",
            "prices/gcp.json",
            "prices/gcp-data.json",
            "prices/azure.json",
            "prices/alibaba.json",
            "prices/tencent.json",
            // written by `make catalog` (crates/catalog-import) from LiteLLM's price map; do not edit
            "prices/llm-litellm.json",
            "prices/apis-openai.json",
            "prices/apis.json",
            "prices/apis-budgets.json",
            "prices/saas.json",
            "prices/saas-ops.json",
            "prices/selfhosted.json",
        ],
        plans: embed![
            "plans/s000.json",
            "plans/s001.json",
            "plans/s002.json",
            "plans/s003.json",
            "plans/s004.json",
        ],
        perf: embed![
            "perf/runtimes.json",
            "perf/s000-s001.json",
            "perf/s003.json",
            "perf/s004.json",
        ],
        matrix: embed!["matrix/platform.json", "matrix/operations.json"],
        hardware: embed![
            "hardware/gpus.json",
            "hardware/models.json",
            "hardware/owned.json",
            "hardware/speech.json",
            "hardware/benchmarks.json",
            "hardware/instances.json",
        ],
    }
}
