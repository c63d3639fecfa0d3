//! Catalog words: units, categories, confidence, latency stages, purchase options, and
//! the unknown / stale / retired badges. One translation each, for every page and export.

use super::{t, tr, Key};
use crate::model::catalog::{Confidence, Date};
use crate::model::vocab::Lang;

/// A price unit in words ("hour" / "小时").
pub fn unit_text(lang: Lang, u: crate::model::catalog::Unit) -> &'static str {
    use crate::model::catalog::Unit::*;
    match (lang, u) {
        (Lang::Zh, Hour) => "小时",
        (Lang::En, Hour) => "hour",
        (Lang::Zh, Month) => "月",
        (Lang::En, Month) => "month",
        (Lang::Zh, Year) => "年",
        (Lang::En, Year) => "year",
        (Lang::Zh, GbMonth) => "GB·月",
        (Lang::En, GbMonth) => "GB-month",
        (Lang::Zh | Lang::En, Gb) => "GB",
        (Lang::Zh | Lang::En, Tib) => "TiB",
        (Lang::Zh, VcpuHour) => "vCPU·小时",
        (Lang::En, VcpuHour) => "vCPU-hour",
        (Lang::Zh, GbHour) => "GB·小时",
        (Lang::En, GbHour) => "GB-hour",
        (Lang::Zh, GpuHour) => "GPU·小时",
        (Lang::En, GpuHour) => "GPU-hour",
        (Lang::Zh, VcpuSecond) => "vCPU·秒",
        (Lang::En, VcpuSecond) => "vCPU-second",
        (Lang::Zh, GbSecond) => "GB·秒",
        (Lang::En, GbSecond) => "GB-second",
        (Lang::Zh, LcuHour) => "LCU·小时",
        (Lang::En, LcuHour) => "LCU-hour",
        (Lang::Zh, MInputTokens) => "百万输入 token",
        (Lang::En, MInputTokens) => "1M input tokens",
        (Lang::Zh, MOutputTokens) => "百万输出 token",
        (Lang::En, MOutputTokens) => "1M output tokens",
        (Lang::Zh, MTokens) => "百万 token",
        (Lang::En, MTokens) => "1M tokens",
        (Lang::Zh, Minute) => "分钟",
        (Lang::En, Minute) => "minute",
        (Lang::Zh, MCharacters) => "百万字符",
        (Lang::En, MCharacters) => "1M characters",
        (Lang::Zh, MRequests) => "百万次请求",
        (Lang::En, MRequests) => "1M requests",
        (Lang::Zh, KRequests) => "千次请求",
        (Lang::En, KRequests) => "1K requests",
        (Lang::Zh, HostMonth) => "主机·月",
        (Lang::En, HostMonth) => "host-month",
        (Lang::Zh, GbRamMonth) => "GB 内存·月",
        (Lang::En, GbRamMonth) => "GB-RAM-month",
        (Lang::Zh, Image) => "张图片",
        (Lang::En, Image) => "image",
        (Lang::Zh, MMessages) => "百万条消息",
        (Lang::En, MMessages) => "1M messages",
        (Lang::Zh, MEvents) => "百万个事件",
        (Lang::En, MEvents) => "1M events",
        (Lang::Zh, UserMonth) => "用户·月",
        (Lang::En, UserMonth) => "user-month",
        (Lang::Zh, JobMonth) => "作业·月",
        (Lang::En, JobMonth) => "job-month",
        (Lang::Zh, VmHour) => "虚拟机·小时",
        (Lang::En, VmHour) => "VM-hour",
    }
}

/// A cost category in words.
pub fn category_text(lang: Lang, c: crate::model::catalog::Category) -> &'static str {
    use crate::model::catalog::Category::*;
    let (zh, en) = match c {
        Compute => ("计算", "Compute"),
        Gpu => ("GPU", "GPU"),
        Container => ("容器", "Containers"),
        Serverless => ("无服务器", "Serverless"),
        Storage => ("存储", "Storage"),
        Database => ("数据库", "Database"),
        Cache => ("缓存", "Cache"),
        Network => ("网络", "Network"),
        Cdn => ("CDN", "CDN"),
        Hosting => ("托管", "Hosting"),
        LlmApi => ("大模型 API", "LLM API"),
        SpeechApi => ("语音 API", "Speech API"),
        EmbeddingApi => ("向量嵌入 API", "Embedding API"),
        ThirdPartyApi => ("第三方 API", "Third-party API"),
        Messaging => ("消息", "Messaging"),
        Monitoring => ("监控", "Monitoring"),
        Logging => ("日志", "Logging"),
        Security => ("安全", "Security"),
        Domain => ("域名", "Domain"),
        ApiGateway => ("API 网关", "API gateway"),
        Scheduler => ("定时任务", "Scheduler"),
        CiCd => ("CI/CD", "CI/CD"),
        Other => ("其他", "Other"),
    };
    tr(lang, zh, en)
}

/// A latency stage in words.
pub fn stage_text(lang: Lang, s: crate::model::catalog::plan::Stage) -> &'static str {
    use crate::model::catalog::plan::Stage::*;
    let (zh, en) = match s {
        Asr => ("语音识别", "ASR"),
        Llm => ("LLM", "LLM"),
        Tts => ("语音合成", "TTS"),
        Network => ("网络", "Network"),
        Database => ("数据库", "Database"),
        Search => ("检索", "Search"),
        Agent => ("智能体", "Agent"),
        Service => ("服务", "Service"),
    };
    tr(lang, zh, en)
}

/// A purchase option in words.
pub fn purchase_text(lang: Lang, p: crate::model::vocab::PurchaseOption) -> &'static str {
    use crate::model::vocab::PurchaseOption::*;
    let (zh, en) = match p {
        OnDemand => ("按需", "On demand"),
        Spot => ("Spot / 抢占式", "Spot"),
        Reserved1y => ("1 年预留", "Reserved, 1 year"),
        Reserved3y => ("3 年预留（约省 40%）", "Reserved, 3 years (~40% off)"),
        SavingsPlan1y => (
            "1 年 Savings Plan（省 20–30%）",
            "Savings plan, 1 year (20–30% off)",
        ),
        Subscription => ("包年包月", "Subscription"),
        Batch => (
            "Batch API（仅 LLM token，24 小时内返回）",
            "Batch API (LLM tokens only, results within 24 h)",
        ),
    };
    tr(lang, zh, en)
}

/// "unknown" / "未知": a price nobody knows is never shown as 0.
pub fn unknown_text(lang: Lang) -> &'static str {
    t(lang, Key::Unknown)
}

/// The confidence badge's text (distinct words, so that it never relies on colour).
pub fn confidence_text(lang: Lang, c: Confidence) -> &'static str {
    match c {
        Confidence::List => tr(lang, "官方价目", "list"),
        Confidence::Derived => tr(lang, "推算", "derived"),
        Confidence::Seed => tr(lang, "种子文档", "seed"),
        Confidence::Estimate => tr(lang, "估计", "estimate"),
    }
}

/// The "stale" badge: a price older than the staleness cut-off.
pub fn stale_text(lang: Lang) -> &'static str {
    tr(lang, "过时", "stale")
}

/// "retired 2025-09-30" / "已下架（2025-09-30）".
pub fn retired_text(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Zh => format!("已下架（{date}）"),
        Lang::En => format!("retired {date}"),
    }
}
