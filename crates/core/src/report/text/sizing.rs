//! The sizing panel's words: its title, its inputs, precisions and billing modes. The sentences
//! with figures in them (fit, latency, replicas, what would work) are in `sizing_result`.

use super::tr;
use crate::model::vocab::{BillingMode, Lang, Precision};
use crate::url::SizingField;

/// The panel's title.
pub fn sizing_title(lang: Lang) -> &'static str {
    tr(lang, "自托管模型容量估算", "Self-hosted model sizing")
}

/// One line under the title: what the panel does.
pub fn sizing_intro(lang: Lang) -> &'static str {
    tr(
        lang,
        "按场景的峰值并发、每分钟轮次和每轮 token 数，估算所选模型在所选 GPU 上放不放得下、每秒多少 token、要几个副本和几台实例，以及每月成本和同样流量下 API 的费用。",
        "From the scenario's peak concurrency, turns per minute and tokens per turn: whether the model fits the GPU, tokens per second, replicas and whole instances, the monthly cost, and what an API would cost for the same traffic.",
    )
}

/// An input's label.
pub fn sizing_field_label(lang: Lang, f: SizingField) -> &'static str {
    match f {
        SizingField::Model => tr(lang, "模型", "Model"),
        SizingField::Precision => tr(lang, "精度", "Precision"),
        SizingField::Hardware => tr(lang, "GPU 实例或自有服务器", "GPU instance or owned server"),
        SizingField::Billing => tr(lang, "计费方式", "Billing"),
        SizingField::Context => tr(
            lang,
            "每个序列的上下文 token",
            "Context tokens per sequence",
        ),
        SizingField::FirstTokenMs => {
            tr(lang, "首 token 延迟目标（毫秒）", "First-token target, ms")
        }
        SizingField::PerTokenMs => tr(lang, "每 token 延迟目标（毫秒）", "Per-token target, ms"),
        SizingField::HeadroomPct => tr(lang, "按容量的百分之几规划", "Plan for % of capacity"),
        SizingField::Api => tr(lang, "对比的 API", "API weighed against"),
    }
}

/// A precision's name with what it means for the weights.
pub fn precision_text(lang: Lang, p: Precision) -> &'static str {
    match p {
        Precision::Fp16 => tr(
            lang,
            "FP16 / BF16（每个权重 2 字节）",
            "FP16 / BF16 (2 bytes a weight)",
        ),
        Precision::Fp8 => tr(lang, "FP8（1 字节）", "FP8 (1 byte)"),
        Precision::Int8 => tr(lang, "INT8（1 字节）", "INT8 (1 byte)"),
        Precision::Int4 => tr(
            lang,
            "INT4（半字节；Ollama 默认的 Q4）",
            "INT4 (half a byte; Ollama's default Q4)",
        ),
    }
}

/// A billing mode's name.
pub fn billing_text(lang: Lang, b: BillingMode) -> &'static str {
    match b {
        BillingMode::AlwaysOn => tr(
            lang,
            "全天运行（每月 730 小时）",
            "Always on (730 h a month)",
        ),
        BillingMode::ActiveHours => tr(
            lang,
            "每天运行场景的 GPU 小时数",
            "The scenario's GPU hours a day",
        ),
        BillingMode::ScaleToZero => tr(
            lang,
            "无流量时缩到零（有冷启动）",
            "Scale to zero when idle (cold starts)",
        ),
    }
}
