//! The sizing panel's sentences with figures in them: result labels, the memory sum, what
//! goes wrong and what would work, the break-even's meaning, the assumptions and sources.
//! Numbers arrive formatted; the word order lives here.

use super::tr;
use crate::model::vocab::Lang;
use crate::url::SizingField;

/// One row of the panel's results (also its `data-testid` suffix, `sizing-<name>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SizingRow {
    Memory,
    GpusPerReplica,
    TokensPerS,
    FirstToken,
    PerToken,
    Replicas,
    Instances,
    Utilisation,
    BilledHours,
    Hourly,
    Depreciation,
    Power,
    Maintenance,
    MonthlyCost,
    ColdStart,
    ApiMonthly,
    BreakEven,
    BreakEvenTokens,
    BreakEvenUtilisation,
}

impl SizingRow {
    pub const ALL: [SizingRow; 19] = [
        SizingRow::Memory,
        SizingRow::GpusPerReplica,
        SizingRow::TokensPerS,
        SizingRow::FirstToken,
        SizingRow::PerToken,
        SizingRow::Replicas,
        SizingRow::Instances,
        SizingRow::Utilisation,
        SizingRow::BilledHours,
        SizingRow::Hourly,
        SizingRow::Depreciation,
        SizingRow::Power,
        SizingRow::Maintenance,
        SizingRow::MonthlyCost,
        SizingRow::ColdStart,
        SizingRow::ApiMonthly,
        SizingRow::BreakEven,
        SizingRow::BreakEvenTokens,
        SizingRow::BreakEvenUtilisation,
    ];

    /// The stable name (test id suffix and export key).
    pub fn as_str(self) -> &'static str {
        use SizingRow::*;
        match self {
            Memory => "memory",
            GpusPerReplica => "gpus-per-replica",
            TokensPerS => "tokens-per-s",
            FirstToken => "first-token",
            PerToken => "per-token",
            Replicas => "replicas",
            Instances => "instances",
            Utilisation => "utilisation",
            BilledHours => "billed-hours",
            Hourly => "hourly",
            Depreciation => "depreciation",
            Power => "power",
            Maintenance => "maintenance",
            MonthlyCost => "monthly-cost",
            ColdStart => "cold-start",
            ApiMonthly => "api-monthly",
            BreakEven => "break-even",
            BreakEvenTokens => "break-even-tokens",
            BreakEvenUtilisation => "break-even-utilisation",
        }
    }
}

/// A result row's label.
pub fn sizing_row_label(lang: Lang, r: SizingRow) -> &'static str {
    use SizingRow::*;
    match r {
        Memory => tr(lang, "每 GPU 显存（满批次）", "Memory per GPU (full batch)"),
        GpusPerReplica => tr(lang, "每个副本的 GPU 数", "GPUs per replica"),
        TokensPerS => tr(
            lang,
            "每个副本每秒输出 token",
            "Output tokens/s per replica",
        ),
        FirstToken => tr(lang, "首 token 延迟", "Time to first token"),
        PerToken => tr(
            lang,
            "每 token 延迟（峰值）",
            "Time per token (at the peak)",
        ),
        Replicas => tr(lang, "副本数", "Replicas"),
        Instances => tr(lang, "实例（服务器）数", "Instances (servers)"),
        Utilisation => tr(lang, "峰值 GPU 利用率", "GPU utilisation at the peak"),
        BilledHours => tr(lang, "每台每月计费小时", "Billed hours a month, each"),
        Hourly => tr(lang, "每台每小时价格", "Hourly price, each"),
        Depreciation => tr(lang, "折旧（每月）", "Depreciation a month"),
        Power => tr(
            lang,
            "电费（功率 × 小时 × PUE × 电价）",
            "Power (W × hours × PUE × kWh price)",
        ),
        Maintenance => tr(lang, "维护（每月）", "Maintenance a month"),
        MonthlyCost => tr(lang, "每月成本", "Monthly cost"),
        ColdStart => tr(lang, "从零启动（冷启动）", "Cold start from zero"),
        ApiMonthly => tr(
            lang,
            "同样流量下 API 每月费用",
            "The API at the same traffic, a month",
        ),
        BreakEven => tr(
            lang,
            "盈亏平衡（流量倍数）",
            "Break-even (traffic multiple)",
        ),
        BreakEvenTokens => tr(lang, "盈亏平衡时每月 token", "Monthly tokens at break-even"),
        BreakEvenUtilisation => tr(
            lang,
            "盈亏平衡时 GPU 利用率",
            "GPU utilisation at break-even",
        ),
    }
}

/// "weights 4 GB + KV 0.3 GB + overhead 1 GB = 5.3 GB of 14.4 GB usable".
pub fn memory_sum(
    lang: Lang,
    weights: &str,
    kv: &str,
    overhead: &str,
    need: &str,
    usable: &str,
) -> String {
    match lang {
        Lang::Zh => {
            format!("权重 {weights} + KV 缓存 {kv} + 运行开销 {overhead} = {need}，可用 {usable}")
        }
        Lang::En => format!(
            "weights {weights} + KV cache {kv} + overhead {overhead} = {need} of {usable} usable"
        ),
    }
}

/// What a low utilisation at break-even means.
pub fn break_even_meaning(lang: Lang, utilisation: &str) -> String {
    match lang {
        Lang::Zh => format!("盈亏平衡时 GPU 只用了 {utilisation}：利用率低说明成本主要是按小时付的整台实例，流量要涨到这个倍数 API 才更贵；利用率高说明 GPU 已接近满载，再涨就要加实例。"),
        Lang::En => format!("At break-even the GPUs run at {utilisation}: a low figure means the cost is mostly whole instances paid by the hour, so the API stays cheaper until traffic grows this much; a high one means the GPUs are nearly full and more traffic needs more instances."),
    }
}

/// When the API never reaches the GPUs' cost.
pub fn no_crossing(lang: Lang) -> &'static str {
    tr(
        lang,
        "在 10,000 倍流量以内 API 都比 GPU 便宜",
        "The API stays cheaper up to 10,000 × the traffic",
    )
}

/// "3.2 × the scenario's traffic".
pub fn multiple_text(lang: Lang, k: &str) -> String {
    match lang {
        Lang::Zh => format!("场景流量的 {k} 倍"),
        Lang::En => format!("{k} × the scenario's traffic"),
    }
}

/// "12.3 M input + 3.7 M output tokens".
pub fn tokens_text(lang: Lang, input: &str, output: &str) -> String {
    match lang {
        Lang::Zh => format!("输入 {input} M + 输出 {output} M token"),
        Lang::En => format!("{input} M input + {output} M output tokens"),
    }
}

/// An id in the URL the catalog cannot size, and what is shown instead.
pub fn replaced_text(lang: Lang, f: SizingField, asked: &str, shown: &str) -> String {
    let what = match f {
        SizingField::Model => tr(lang, "模型", "model"),
        SizingField::Hardware => tr(lang, "硬件", "hardware"),
        _ => tr(lang, "API", "API"),
    };
    match lang {
        Lang::Zh => format!("未知的{what}“{asked}”：显示 {shown}"),
        Lang::En => format!("unknown {what} '{asked}': showing {shown}"),
    }
}

/// The options group of owned servers.
pub fn owned_group(lang: Lang) -> &'static str {
    tr(lang, "自有服务器", "Owned servers")
}

/// A hardware option: "g4dn.xlarge · 1 × NVIDIA T4".
pub fn hardware_option(name: &str, gpus: u32, gpu: &str) -> String {
    format!("{name} · {gpus} × {gpu}")
}

/// Headings of the panel's parts.
pub fn sizing_heading(lang: Lang, which: SizingHeading) -> &'static str {
    match which {
        SizingHeading::Results => tr(lang, "结果", "Results"),
        SizingHeading::Problem => tr(lang, "算不出来", "Cannot be sized"),
        SizingHeading::Fixes => tr(lang, "这样可以：", "What would work:"),
        SizingHeading::Assumptions => tr(lang, "假设", "Assumptions"),
        SizingHeading::Sources => tr(lang, "来源", "Sources"),
    }
}

/// The panel's headings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizingHeading {
    Results,
    Problem,
    Fixes,
    Assumptions,
    Sources,
}

/// What a source record is for.
pub fn source_role(lang: Lang, r: SourceRole) -> &'static str {
    match r {
        SourceRole::Gpu => tr(lang, "GPU 规格", "GPU specs"),
        SourceRole::Model => tr(lang, "模型结构", "Model architecture"),
        SourceRole::Instance => tr(lang, "实例规格", "Instance specs"),
        SourceRole::Price => tr(lang, "实例价格", "Instance price"),
        SourceRole::Server => tr(lang, "自有服务器", "Owned server"),
        SourceRole::Electricity => tr(lang, "电价（按地区）", "Electricity (by region)"),
        SourceRole::Pue => tr(lang, "PUE（机房开销）", "PUE (facility overhead)"),
        SourceRole::Api => tr(lang, "API 价格", "API price"),
        SourceRole::Benchmark => tr(lang, "实测基准", "Measured benchmark"),
    }
}

/// What a source record is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceRole {
    Gpu,
    Model,
    Instance,
    Price,
    Server,
    Electricity,
    Pue,
    Api,
    Benchmark,
}
