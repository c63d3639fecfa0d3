//! Words the price table and its CSV share: unknown, confidence, category, stale, retired.

use super::pick;
use crate::model::catalog::{Category, Confidence, Date};
use crate::model::vocab::Lang;

/// "unknown" in the UI language: a price nobody knows is never shown as 0.
pub fn unknown_text(lang: Lang) -> &'static str {
    pick(lang, "未知", "unknown")
}

/// The confidence badge's text (distinct words, so that it never relies on colour).
pub fn confidence_text(c: Confidence, lang: Lang) -> &'static str {
    match c {
        Confidence::List => pick(lang, "官方价目", "list"),
        Confidence::Derived => pick(lang, "推算", "derived"),
        Confidence::Seed => pick(lang, "种子文档", "seed"),
        Confidence::Estimate => pick(lang, "估计", "estimate"),
    }
}

pub fn category_text(c: Category, lang: Lang) -> &'static str {
    use Category::*;
    match c {
        Compute => pick(lang, "计算", "Compute"),
        Gpu => pick(lang, "GPU", "GPU"),
        Container => pick(lang, "容器", "Containers"),
        Serverless => pick(lang, "无服务器", "Serverless"),
        Storage => pick(lang, "存储", "Storage"),
        Database => pick(lang, "数据库", "Database"),
        Cache => pick(lang, "缓存", "Cache"),
        Network => pick(lang, "网络", "Network"),
        Cdn => pick(lang, "CDN", "CDN"),
        Hosting => pick(lang, "托管", "Hosting"),
        LlmApi => pick(lang, "大模型 API", "LLM API"),
        SpeechApi => pick(lang, "语音 API", "Speech API"),
        EmbeddingApi => pick(lang, "向量嵌入 API", "Embedding API"),
        ThirdPartyApi => pick(lang, "第三方 API", "Third-party API"),
        Messaging => pick(lang, "消息", "Messaging"),
        Monitoring => pick(lang, "监控", "Monitoring"),
        Logging => pick(lang, "日志", "Logging"),
        Security => pick(lang, "安全", "Security"),
        Domain => pick(lang, "域名", "Domain"),
        ApiGateway => pick(lang, "API 网关", "API gateway"),
        Scheduler => pick(lang, "定时任务", "Scheduler"),
        CiCd => pick(lang, "CI/CD", "CI/CD"),
        Other => pick(lang, "其他", "Other"),
    }
}

/// "stale" badge text.
pub fn stale_text(lang: Lang) -> &'static str {
    pick(lang, "过时", "stale")
}

/// "retired 2025-09-30" / "已下架（2025-09-30）".
pub fn retired_text(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("已下架（{date}）"),
        Lang::En => format!("retired {date}"),
    }
}
