//! The catalog browser's sentences, with their numbers as typed arguments.

use super::tr;
use crate::model::catalog::{Date, Level, Metric, PerfUnit, Scale, Support};
use crate::model::vocab::Lang;
use crate::model::vocab::Workload;
use crate::report::format;

/// How many price records the filters keep: "显示 3 条，共 120 条记录" / "3 of 120 records".
pub fn record_count(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("显示 {shown} 条，共 {total} 条记录"),
        Lang::En => format!("{shown} of {total} records"),
    }
}

/// The page's introduction: every record has a source and date; the catalog's date and the
/// exchange rate (four decimals) used to convert.
pub fn catalog_intro(lang: Lang, as_of: Date, fx_rate: f64) -> String {
    let rate = format::number(fx_rate, 4);
    match lang {
        Lang::Zh => format!(
            "目录中每条价格、性能数据和厂商信息都注明来源和日期。目录日期 {as_of}；换算汇率 1 美元 = {rate} 元（可在方案对比页修改）。"
        ),
        Lang::En => format!(
            "Every price, performance figure and provider fact, with its source and date. Catalog as of {as_of}; converted at 1 USD = {rate} CNY (change it on the Compare page)."
        ),
    }
}

/// A label naming the currency its figures are in: "单价（USD）" / "Unit price (USD)".
pub fn in_currency(lang: Lang, label: &str, currency: &str) -> String {
    match lang {
        Lang::Zh => format!("{label}（{currency}）"),
        Lang::En => format!("{label} ({currency})"),
    }
}

/// The system a seed document describes: "种子 003 的系统" / "seed 003 system".
pub fn seed_system(lang: Lang, w: Workload) -> String {
    let n = &w.as_str()[1..];
    match lang {
        Lang::Zh => format!("种子 {n} 的系统"),
        Lang::En => format!("seed {n} system"),
    }
}

/// A performance metric's name.
pub fn metric_text(l: Lang, m: Metric) -> &'static str {
    use Metric::*;
    match m {
        AsrLatency => tr(l, "语音识别延迟", "ASR latency"),
        LlmLatency => tr(l, "大模型延迟", "LLM latency"),
        TtsLatency => tr(l, "语音合成延迟", "TTS latency"),
        EndToEndLatency => tr(l, "端到端延迟", "End-to-end latency"),
        ConcurrentUsers => tr(l, "并发用户数", "Concurrent users"),
        CrossCloudLatency => tr(l, "跨云延迟", "Cross-cloud latency"),
        FileReadLatency => tr(l, "本地文件读取延迟", "File read latency"),
        VectorSearchLatency => tr(l, "向量检索延迟", "Vector search latency"),
        KgQueryLatency => tr(l, "知识图谱查询延迟", "Knowledge-graph query latency"),
        AgentLatency => tr(l, "智能体响应时间", "Agent response time"),
        ServiceLatency => tr(l, "关键服务响应时间", "Service response time"),
        Availability => tr(l, "可用性", "Availability"),
        MaxNodesPerCluster => tr(l, "每集群最大节点数", "Max nodes per cluster"),
        NodeStartup => tr(l, "节点启动时间", "Node start-up time"),
        DbLatency => tr(l, "数据库读写延迟", "Database latency"),
        NetworkThroughput => tr(l, "网络吞吐量", "Network throughput"),
        StorageIops => tr(l, "存储 IOPS", "Storage IOPS"),
        NetworkLatencyFromChina => tr(l, "中国访问网络延迟", "Network latency from China"),
        SetupTime => tr(l, "首次部署时间", "Set-up time"),
    }
}

/// A performance figure's unit ("ms", "秒" / "s", …).
pub fn perf_unit_text(l: Lang, u: PerfUnit) -> &'static str {
    match u {
        PerfUnit::Ms => "ms",
        PerfUnit::S => tr(l, "秒", "s"),
        PerfUnit::Minutes => tr(l, "分钟", "min"),
        PerfUnit::Hours => tr(l, "小时", "h"),
        PerfUnit::Users => tr(l, "用户", "users"),
        PerfUnit::Nodes => tr(l, "节点", "nodes"),
        PerfUnit::Iops => "IOPS",
        PerfUnit::Gbps => "Gbps",
        PerfUnit::Percent => "%",
    }
}

/// Whether a provider supports a feature, with a tick or a cross.
pub fn support_text(l: Lang, s: Support) -> &'static str {
    match s {
        Support::Yes => tr(l, "✓ 支持", "✓ yes"),
        Support::No => tr(l, "✗ 不支持", "✗ no"),
        Support::SelfHostedOnly => tr(l, "✗ 需自托管", "✗ self-hosted only"),
    }
}

/// A low / medium / high level in the words of its scale (cost, difficulty, …).
pub fn level_text(l: Lang, level: Level, scale: Option<Scale>) -> &'static str {
    match (scale.unwrap_or(Scale::Cost), level) {
        (Scale::Cost, Level::Low) => tr(l, "较低", "lower"),
        (Scale::Cost, Level::Medium) => tr(l, "中等", "medium"),
        (Scale::Cost, Level::High) => tr(l, "较高", "higher"),
        (Scale::Difficulty, Level::Low) => tr(l, "简单", "easy"),
        (Scale::Difficulty, Level::Medium) => tr(l, "中等", "medium"),
        (Scale::Difficulty, Level::High) => tr(l, "复杂", "hard"),
        (Scale::Automation, Level::Low) => tr(l, "低", "low"),
        (Scale::Automation, Level::Medium) => tr(l, "中", "medium"),
        (Scale::Automation, Level::High) => tr(l, "高", "high"),
        (Scale::Completeness, Level::Low) => tr(l, "基础", "basic"),
        (Scale::Completeness, Level::Medium) => tr(l, "较完整", "fairly complete"),
        (Scale::Completeness, Level::High) => tr(l, "完整", "complete"),
    }
}
