//! The sizing panel's words for what goes wrong (one plain sentence per `SizingError` kind,
//! figures formatted by the caller), what would work, and the model's assumptions.

use super::tr;
use crate::model::vocab::Lang;

/// An input out of its range: `field` is the engine's name for it.
pub fn invalid_input(lang: Lang, field: &str, value: &str) -> String {
    match lang {
        Lang::Zh => format!("输入 {field} = {value} 超出了允许的范围，请改一个数。"),
        Lang::En => format!("The input {field} = {value} is out of range; change it."),
    }
}

/// A figure the catalog does not have.
pub fn missing_figure(lang: Lang, record: &str, figure: &str) -> String {
    match lang {
        Lang::Zh => format!("目录里没有 {record} 的 {figure}，无法估算；请换一个模型或硬件。"),
        Lang::En => format!("The catalog has no {figure} for {record}, so it cannot be sized; pick another model or hardware."),
    }
}

/// The context is longer than the model allows.
pub fn context_too_long(lang: Lang, model: &str, requested: &str, max: &str) -> String {
    match lang {
        Lang::Zh => format!("{requested} token 的上下文超过了 {model} 的上限 {max} token。"),
        Lang::En => format!(
            "A context of {requested} tokens is longer than {model}'s maximum of {max} tokens."
        ),
    }
}

/// The model does not fit: "Llama 3 70B at FP16 needs 141 GB per GPU; one T4 has 14.4 GB
/// usable".
pub fn does_not_fit(
    lang: Lang,
    model: &str,
    precision: &str,
    need: &str,
    gpus: u32,
    gpu: &str,
    usable: &str,
) -> String {
    match (lang, gpus) {
        (Lang::Zh, 1) => format!("{model}（{precision}）每块 GPU 需要 {need}；一块 {gpu} 只有 {usable} 可用。"),
        (Lang::Zh, n) => format!("{model}（{precision}）分到 {n} 块 GPU 上每块仍需 {need}；一块 {gpu} 只有 {usable} 可用。"),
        (Lang::En, 1) => format!("{model} at {precision} needs {need} per GPU; one {gpu} has {usable} usable."),
        (Lang::En, n) => format!("{model} at {precision} still needs {need} per GPU split over {n}; one {gpu} has {usable} usable."),
    }
}

/// A latency target below the best this setup does.
pub fn latency_unreachable(lang: Lang, first_token: bool, target: &str, best: &str) -> String {
    match (lang, first_token) {
        (Lang::Zh, true) => format!("首 token 目标 {target} 达不到：这套配置最快 {best}。"),
        (Lang::Zh, false) => format!("每 token 目标 {target} 达不到：这套配置最快 {best}。"),
        (Lang::En, true) => format!(
            "The first-token target of {target} cannot be met: this setup does {best} at best."
        ),
        (Lang::En, false) => format!(
            "The per-token target of {target} cannot be met: this setup does {best} at best."
        ),
    }
}

/// Fix: quantise.
pub fn fix_precision(lang: Lang, precision: &str) -> String {
    match lang {
        Lang::Zh => format!("改用 {precision}"),
        Lang::En => format!("Use {precision}"),
    }
}

/// Fix: other hardware (more GPUs of the same card, or another card).
pub fn fix_hardware(lang: Lang, hardware: &str) -> String {
    match lang {
        Lang::Zh => format!("换成 {hardware}"),
        Lang::En => format!("Switch to {hardware}"),
    }
}

/// Fix: a shorter context.
pub fn fix_context(lang: Lang, tokens: &str) -> String {
    match lang {
        Lang::Zh => format!("把上下文缩短到 {tokens} token"),
        Lang::En => format!("Shorten the context to {tokens} tokens"),
    }
}

/// When nothing tried works.
pub fn no_fix(lang: Lang) -> &'static str {
    tr(
        lang,
        "试过的精度、GPU 数、显卡和上下文长度都不行；请放宽延迟目标或换一个更小的模型。",
        "No precision, GPU count, card or context tried works; relax the latency targets or pick a smaller model.",
    )
}

/// An assumption of the sizing model, by its stable key (`engine::sizing::ASSUMPTIONS`).
pub fn assumption_text(lang: Lang, key: &str) -> &'static str {
    match key {
        "usable_vram_share" => tr(
            lang,
            "可用显存占比（vLLM 默认 gpu-memory-utilization）",
            "Usable share of GPU memory (vLLM's default gpu-memory-utilization)",
        ),
        "runtime_overhead_gb" => tr(
            lang,
            "每块 GPU 的运行开销（GB）",
            "Runtime overhead per GPU, GB",
        ),
        "max_tensor_parallel" => tr(
            lang,
            "一个副本最多分到几块 GPU",
            "Most GPUs one replica is split over",
        ),
        "decode_bandwidth_efficiency" => tr(
            lang,
            "解码时可达的显存带宽占比",
            "Share of memory bandwidth reached while decoding",
        ),
        "decode_mfu" => tr(
            lang,
            "解码时的算力利用率",
            "Compute utilisation while decoding",
        ),
        "prefill_mfu" => tr(
            lang,
            "预填充时的算力利用率",
            "Compute utilisation during prefill",
        ),
        "max_batch" => tr(lang, "最大批次（序列数）", "Largest batch, sequences"),
        "default_headroom" => tr(
            lang,
            "默认按容量的比例规划",
            "Default share of capacity planned for",
        ),
        "default_tpot_target_ms" => tr(
            lang,
            "默认每 token 延迟目标（毫秒）",
            "Default per-token target, ms",
        ),
        "load_gb_per_s" => tr(
            lang,
            "冷启动加载权重速度（GB/s）",
            "Weight loading speed on a cold start, GB/s",
        ),
        "container_start_s" => tr(lang, "容器启动时间（秒）", "Container start time, s"),
        "break_even_max_multiplier" => tr(
            lang,
            "盈亏平衡最多搜索到的流量倍数",
            "Largest traffic multiple searched for break-even",
        ),
        _ => tr(lang, "其他常数", "Other constant"),
    }
}
