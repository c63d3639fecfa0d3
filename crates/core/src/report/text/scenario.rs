//! The scenario's input fields and workload presets in words.

use crate::model::vocab::Lang;

/// Label, unit and help text of a numeric scenario field.
pub fn field_text(
    lang: Lang,
    f: crate::model::scenario::NumField,
) -> (&'static str, &'static str, &'static str) {
    use crate::model::scenario::NumField::*;
    let (zh, en) = match f {
        Users => (
            ("月活跃用户", "人", "用于每用户成本；按用户数看成本曲线"),
            (
                "Monthly active users",
                "users",
                "For cost per user and the cost-vs-users curve",
            ),
        ),
        PeakConcurrency => (
            ("峰值并发用户", "人", "决定需要几台服务器 / 几个任务"),
            (
                "Peak concurrent users",
                "users",
                "Decides how many servers or tasks are needed",
            ),
        ),
        ConversationHours => (
            (
                "每月对话时长",
                "小时",
                "语音对话总时长（种子 000：100 小时）",
            ),
            (
                "Conversation time per month",
                "hours",
                "Total voice conversation time (seed 000: 100 h)",
            ),
        ),
        TurnsPerMinute => (
            ("每分钟对话轮数", "轮", "每轮调用一次 LLM"),
            ("Turns per minute", "turns", "One LLM call per turn"),
        ),
        InputTokensPerTurn => (
            ("每轮输入 token", "token", "提示词 + 上下文"),
            ("Input tokens per turn", "tokens", "Prompt plus context"),
        ),
        OutputTokensPerTurn => (
            ("每轮输出 token", "token", "模型回复长度"),
            (
                "Output tokens per turn",
                "tokens",
                "Length of the model's reply",
            ),
        ),
        TtsCharsPerMinute => (
            ("每分钟合成字符", "字符", "语音合成的文字量"),
            (
                "Synthesised characters per minute",
                "chars",
                "Text turned into speech",
            ),
        ),
        StorageGb => (
            ("对象存储", "GB", "文件、文档、备份"),
            ("Object storage", "GB", "Files, documents, backups"),
        ),
        DbGb => (
            ("数据库存储", "GB", "数据库占用的磁盘"),
            ("Database storage", "GB", "Disk used by the database"),
        ),
        EgressGb => (
            ("公网出流量", "GB/月", "发往用户的流量"),
            ("Internet egress", "GB/month", "Traffic sent to users"),
        ),
        LogGb => (
            ("日志量", "GB/月", "写入日志服务的数据"),
            ("Logs", "GB/month", "Data sent to the log service"),
        ),
        Requests => (
            ("每月请求数", "次", "API / 函数调用次数"),
            (
                "Requests per month",
                "requests",
                "API or function invocations",
            ),
        ),
        GpuHoursPerDay => (
            ("GPU 每天运行", "小时", "按需开机；24 = 全天"),
            (
                "GPU running per day",
                "hours",
                "On-demand GPU boxes; 24 = always on",
            ),
        ),
        CachedInputShare => (
            (
                "缓存输入比例",
                "%",
                "输入 token 中由提示缓存提供的比例；模型有缓存价时按缓存价计",
            ),
            (
                "Cached input share",
                "%",
                "Share of input tokens served from the prompt cache, billed at the cached price where the model lists one",
            ),
        ),
        SpotShare => (
            ("Spot 比例", "%", "GPU 时长中用 Spot/抢占式实例的比例"),
            ("Spot share", "%", "Share of GPU hours bought as spot"),
        ),
        LatencyTargetMs => (
            ("延迟目标", "毫秒", "端到端响应时间上限"),
            (
                "Latency target",
                "ms",
                "Upper bound for end-to-end response",
            ),
        ),
        FxRate => (
            ("汇率", "¥/$", "1 美元兑人民币"),
            ("Exchange rate", "¥ per $", "CNY per USD"),
        ),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Name and one-line description of a workload preset.
pub fn workload_text(lang: Lang, w: crate::model::vocab::Workload) -> (&'static str, &'static str) {
    use crate::model::vocab::Workload::*;
    match (lang, w) {
        (Lang::Zh, S000) => ("语音 AI 应用", "ASR + LLM + TTS 语音助手（种子 000）"),
        (Lang::En, S000) => ("Voice AI app", "ASR + LLM + TTS voice assistant (seed 000)"),
        (Lang::Zh, S001) => (
            "Context OS 知识库",
            "RAG 知识库，腾讯云 / 阿里云（种子 001）",
        ),
        (Lang::En, S001) => (
            "Context OS knowledge base",
            "RAG knowledge base on Tencent / Alibaba Cloud (seed 001)",
        ),
        (Lang::Zh, S002) => ("AI 招聘平台", "含 WebRTC 实时语音面试（种子 002）"),
        (Lang::En, S002) => (
            "AI recruiting platform",
            "With WebRTC voice interviews (seed 002)",
        ),
        (Lang::Zh, S003) => (
            "Memary 智能体记忆",
            "图数据库 + LLM 的记忆系统，按规模分档（种子 003）",
        ),
        (Lang::En, S003) => (
            "Memary agent memory",
            "Graph DB + LLM memory system, by scale (seed 003)",
        ),
        (Lang::Zh, S004) => (
            "LangGraph 智能体系统",
            "四朵云的 PostgreSQL + pgvector + AGE 部署（种子 004）",
        ),
        (Lang::En, S004) => (
            "LangGraph agent system",
            "PostgreSQL + pgvector + AGE on four clouds (seed 004)",
        ),
        (Lang::Zh, Custom) => ("自定义", "所有方案，用你自己的数字"),
        (Lang::En, Custom) => ("Custom", "Every plan, with your own numbers"),
    }
}
