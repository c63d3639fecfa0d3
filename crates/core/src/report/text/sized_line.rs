//! The sentence under a plan line sized from the traffic (`Quantity::Sized`): the model's
//! capacity per instance, the instances it gives for the peak, and the seed's constant beside.

use crate::engine::sizing::line::{self, LineSizing};
use crate::engine::sizing::SizingError;
use crate::model::catalog::quantity::Quantity;
use crate::model::catalog::Catalog;
use crate::model::vocab::Lang;
use crate::report::format;

/// "Llama 3 8B INT4 on NVIDIA T4" (the catalog's names; the ids when a name is missing).
fn what(catalog: &Catalog, q: &Quantity) -> Option<String> {
    let Quantity::Sized { sized, .. } = q else {
        return None;
    };
    let model = catalog
        .model_archs
        .iter()
        .find(|a| a.id == sized.model)
        .map_or(sized.model.as_str(), |a| a.name.as_str());
    let id = sized.instance.as_ref().map(|i| i.as_str());
    let id = id
        .or(sized.owned.as_ref().map(|o| o.as_str()))
        .unwrap_or("-");
    let gpu = line::machine(sized, catalog)
        .map_or(id.to_string(), |(_, g, n)| format!("{n} × {}", g.name));
    Some(format!(
        "{model} {} · {gpu}",
        sized.precision.as_str().to_uppercase()
    ))
}

/// The seed's constant as a noun phrase: "每台 50 个并发" / "50 concurrent per instance", or
/// its count: "4 台" / "4 instances".
fn seed_text(lang: Lang, q: &Quantity) -> String {
    let Quantity::Sized {
        seed_capacity,
        seed_count,
        ..
    } = q
    else {
        return String::new();
    };
    match (seed_capacity, seed_count, lang) {
        // an owned machine: the seed's count of it, and the users each serves
        (Some(c), Some(n), Lang::Zh) => format!(
            "{} 台、每台同时 {} 人",
            format::amount_smart_range(n.range()),
            format::number(*c, 0)
        ),
        (Some(c), Some(n), Lang::En) => {
            let one = n.range().high == 1.0;
            format!(
                "{} machine{}, {} user{} at a time",
                format::amount_smart_range(n.range()),
                if one { "" } else { "s" },
                format::number(*c, 0),
                if *c == 1.0 { "" } else { "s" }
            )
        }
        (Some(c), _, Lang::Zh) => format!("每台 {} 个并发", format::number(*c, 0)),
        (Some(c), _, Lang::En) => format!("{} concurrent per instance", format::number(*c, 0)),
        (None, Some(n), Lang::Zh) => format!("{} 台", format::amount_smart_range(n.range())),
        (None, Some(n), Lang::En) => {
            let one = n.range().high == 1.0;
            let n = format::amount_smart_range(n.range());
            format!("{n} instance{}", if one { "" } else { "s" })
        }
        (None, None, Lang::Zh) => "1 台".into(),
        (None, None, Lang::En) => "1 instance".into(),
    }
}

/// A sizing error in a few words (the sizing panel words each kind in full).
pub fn sizing_error_brief(lang: Lang, e: &SizingError) -> String {
    match e {
        SizingError::InvalidInput { field, .. } => match lang {
            Lang::Zh => format!("输入超出范围（{field}）"),
            Lang::En => format!("an input is out of range ({field})"),
        },
        SizingError::MissingFigure { record, figure, .. } => match lang {
            Lang::Zh => format!("缺少数据：{record} 的 {figure}"),
            Lang::En => format!("a figure is unknown: {figure} of {record}"),
        },
        SizingError::ContextTooLong { requested, max, .. } => match lang {
            Lang::Zh => format!(
                "上下文 {} token 超过模型上限 {max}",
                format::number(*requested, 0)
            ),
            Lang::En => format!(
                "a context of {} tokens is longer than the model's {max}",
                format::number(*requested, 0)
            ),
        },
        SizingError::DoesNotFit {
            need_gb_per_gpu,
            usable_gb_per_gpu,
            ..
        } => match lang {
            Lang::Zh => format!(
                "显存放不下：每块 GPU 需要 {} GB，可用 {} GB",
                format::number(*need_gb_per_gpu, 1),
                format::number(*usable_gb_per_gpu, 1)
            ),
            Lang::En => format!(
                "does not fit: {} GB needed per GPU, {} GB usable",
                format::number(*need_gb_per_gpu, 1),
                format::number(*usable_gb_per_gpu, 1)
            ),
        },
        SizingError::LatencyUnreachable {
            best_ms, target_ms, ..
        } => match lang {
            Lang::Zh => format!(
                "延迟目标 {} ms 达不到（最好 {} ms）",
                format::number(*target_ms, 0),
                format::number(*best_ms, 0)
            ),
            Lang::En => format!(
                "the latency target of {} ms is out of reach (best {} ms)",
                format::number(*target_ms, 0),
                format::number(*best_ms, 0)
            ),
        },
    }
}

/// The seed audit's reason on a sized line priced at the sizing model's count where the
/// seed's constant gives another (`LineAudit::model_count`): "台数按容量模型：2 台，种子的常数给
/// 1 台……" / "Counted by the sizing model: 2 instances where the seed's constant gives 1 …".
pub fn model_count_audit_text(lang: Lang, model: f64, seed: f64) -> String {
    let (m, n) = (format::number(model, 0), format::number(seed, 0));
    match lang {
        Lang::Zh => format!(
            "台数按容量模型：{m} 台，种子的常数给 {n} 台，所以种子的总价不含这个差额（取消勾选“GPU 台数按容量模型估算”即按种子计价）。"
        ),
        Lang::En => format!(
            "Counted by the sizing model: {m} instances where the seed's constant gives {n}, a difference the seed's total does not include (untick \"GPU counts from the sizing model\" to price the seed's)."
        ),
    }
}

/// A sized line's figures as the sentences print them.
struct Figures {
    what: String,
    seed: String,
    /// Conversations per instance, one decimal.
    per: String,
    /// "LLM + speech" GPU shares per conversation.
    load: String,
    head: String,
    peak: String,
    /// Instances the peak takes at the model's capacity.
    needed: String,
    /// Whether the line's seed count of machines carries the peak (for an owned machine).
    fits: bool,
}

/// The sentence under a sized line at peak `peak`, the model's count priced or not
/// (`Scenario::gpus_from_model`); `None` for other lines.
pub fn sized_line_text(
    lang: Lang,
    catalog: &Catalog,
    q: &Quantity,
    sizing: &Result<LineSizing, SizingError>,
    peak: f64,
    priced_from_model: bool,
) -> Option<String> {
    let what = what(catalog, q)?;
    let seed = seed_text(lang, q);
    let z = match sizing {
        Err(e) => {
            let why = sizing_error_brief(lang, e);
            return Some(match lang {
                Lang::Zh => format!("容量模型（{what}）：未能估算，{why}；按种子的{seed}计价。"),
                Lang::En => {
                    format!("Sizing ({what}): not sized, {why}; priced at the seed's {seed}.")
                }
            });
        }
        Ok(z) => z,
    };
    let c = z.conversations_per_instance;
    let machines = match q {
        Quantity::Sized {
            seed_count: Some(n),
            ..
        } => n.range().high,
        _ => 1.0,
    };
    let f = Figures {
        what,
        seed,
        per: format::number(c, 1),
        load: format!(
            "{} + {}",
            format::number(z.llm_load, 4),
            format::number(z.speech_load, 4)
        ),
        head: format::number(z.headroom * 100.0, 0),
        peak: format::number(peak, 0),
        needed: format::number((peak / c).ceil().max(1.0), 0),
        fits: peak <= c * machines,
    };
    Some(match q {
        Quantity::Sized {
            overflow_to_api: true,
            ..
        } => overflow_text(lang, &f),
        Quantity::Sized { sized, .. } if sized.owned.is_some() => {
            let name = line::machine(sized, catalog).map_or("", |(n, _, _)| n);
            owned_text(lang, &f, name)
        }
        _ => scaled_text(lang, &f, priced_from_model),
    })
}

/// A pool that sends its overflow to an API (seed 003): the seed's count is priced.
fn overflow_text(lang: Lang, f: &Figures) -> String {
    let Figures {
        what,
        seed,
        per,
        load,
        peak,
        needed,
        ..
    } = f;
    match lang {
        Lang::Zh => format!(
            "容量模型（{what}）：每台约 {per} 个并发（每个对话占 GPU {load}，LLM + 语音）；按种子的{seed}计价，放不下的请求转给 API；若全部本地处理，峰值 {peak} 需要 {needed} 台。"
        ),
        Lang::En => format!(
            "Sizing ({what}): about {per} concurrent per instance (each conversation takes {load} of a GPU, LLM + speech); priced at the seed's {seed}, with what does not fit sent to an API; serving all {peak} at the peak locally would take {needed}."
        ),
    }
}

/// The visitor's own machine (seed 000's local one): its card is an assumption, the seed's
/// count is priced, and the sentence says whether the peak fits on it.
fn owned_text(lang: Lang, f: &Figures, name: &str) -> String {
    let Figures {
        what,
        seed,
        per,
        load,
        head,
        peak,
        needed,
        fits,
    } = f;
    match lang {
        Lang::Zh => format!(
            "容量模型（{what}；假设机器为 {name}）：每台约 {per} 个并发（每个对话占 GPU {load}，LLM + 语音，按 {head}% 负载规划）；这是自己的机器，按种子的{seed}计价，不会多加机器；{}。",
            if *fits {
                format!("峰值 {peak} 放得下")
            } else {
                format!("峰值 {peak} 超出它能承载的，需要 {needed} 台这样的机器")
            }
        ),
        Lang::En => format!(
            "Sizing ({what}; assumed machine: {name}): about {per} concurrent per machine (each conversation takes {load} of a GPU, LLM + speech, planned at {head} % load); your own machine, priced at the seed's {seed}, never more machines; {}.",
            if *fits {
                format!("a peak of {peak} fits")
            } else {
                format!("a peak of {peak} is more than it carries: it would take {needed} such machines")
            }
        ),
    }
}

/// A line whose instances scale with the peak: the model's count or the seed's is priced.
fn scaled_text(lang: Lang, f: &Figures, priced_from_model: bool) -> String {
    let Figures {
        what,
        seed,
        per,
        load,
        head,
        peak,
        needed,
        ..
    } = f;
    match lang {
        Lang::Zh => format!(
            "容量模型（{what}）：每台约 {per} 个并发（每个对话占 GPU {load}，LLM + 语音，按 {head}% 负载规划）→ 峰值 {peak} 需要 {needed} 台；种子为{seed}{}。",
            if priced_from_model { "，按模型计价" } else { "，按种子计价" }
        ),
        Lang::En => format!(
            "Sizing ({what}): about {per} concurrent per instance (each conversation takes {load} of a GPU, LLM + speech, planned at {head} % load) → {needed} for a peak of {peak}; the seed says {seed}; {} is priced.",
            if priced_from_model { "the model's count" } else { "the seed's" }
        ),
    }
}
