//! zh + en strings. Keys are an enum, so a missing translation is a compile error.

use deploycalc_core::model::scenario::Reject;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::url::UrlProblem;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    AppName,
    Tagline,
    Language,
    WorkloadS000,
    Scenario,
    Users,
    UsersUnit,
    UsersHelp,
    Currency,
    CurrencyBoth,
    MonthlyTotal,
    Yearly,
    PerUser,
    SeedStates,
    Lines,
    Item,
    Quantity,
    UnitPrice,
    Subtotal,
    Source,
    Unknown,
    AtLeast,
    ChartBreakdownTitle,
    Low,
    High,
    Assumptions,
    AssumeHours,
    AssumeFx,
    AssumeCatalog,
    AssumeRange,
    UrlNoticeTitle,
    CatalogBroken,
    LoadingCharts,
}

pub fn t(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    match lang {
        Lang::Zh => match key {
            AppName => "部署方案计算器",
            Tagline => "比较 AI 应用的部署方案：逐项月成本（美元/人民币，高低区间）、延迟、隐私与运维。",
            Language => "语言",
            WorkloadS000 => "语音 AI 应用（种子 000）",
            Scenario => "场景",
            Users => "月活跃用户",
            UsersUnit => "人",
            UsersHelp => "用于计算每用户成本",
            Currency => "币种",
            CurrencyBoth => "两者",
            MonthlyTotal => "每月合计",
            Yearly => "每年",
            PerUser => "每用户每月",
            SeedStates => "种子文档写的是",
            Lines => "成本明细",
            Item => "项目",
            Quantity => "数量",
            UnitPrice => "单价",
            Subtotal => "小计",
            Source => "来源",
            Unknown => "未知",
            AtLeast => "至少",
            ChartBreakdownTitle => "每月成本明细",
            Low => "低",
            High => "高",
            Assumptions => "假设",
            AssumeHours => "每月按 730 小时计（24 × 365 ÷ 12）",
            AssumeFx => "汇率",
            AssumeCatalog => "价格目录日期",
            AssumeRange => "“低–高”是同一方案在价格或用量区间两端的月成本",
            UrlNoticeTitle => "链接中有参数未被采用，已改用默认值：",
            CatalogBroken => "价格目录无法加载：",
            LoadingCharts => "图表加载中…",
        },
        Lang::En => match key {
            AppName => "DeployCalc",
            Tagline => "Compare ways to deploy an AI application: itemised monthly cost (USD/CNY, low–high), latency, privacy and operations.",
            Language => "Language",
            WorkloadS000 => "Voice AI app (seed 000)",
            Scenario => "Scenario",
            Users => "Monthly active users",
            UsersUnit => "users",
            UsersHelp => "Used for the cost per user",
            Currency => "Currency",
            CurrencyBoth => "Both",
            MonthlyTotal => "Monthly total",
            Yearly => "per year",
            PerUser => "per user per month",
            SeedStates => "The seed states",
            Lines => "Cost lines",
            Item => "Item",
            Quantity => "Quantity",
            UnitPrice => "Unit price",
            Subtotal => "Subtotal",
            Source => "Source",
            Unknown => "unknown",
            AtLeast => "at least",
            ChartBreakdownTitle => "Monthly cost by line",
            Low => "low",
            High => "high",
            Assumptions => "Assumptions",
            AssumeHours => "A month is 730 hours (24 × 365 ÷ 12)",
            AssumeFx => "Exchange rate",
            AssumeCatalog => "Price catalog as of",
            AssumeRange => "\"low–high\" is the monthly cost at the two ends of the price or usage range",
            UrlNoticeTitle => "Some link parameters were not used; defaults apply instead:",
            CatalogBroken => "The price catalog failed to load:",
            LoadingCharts => "Loading charts…",
        },
    }
}

/// Why an input was rejected, in words.
pub fn reject_text(lang: Lang, r: &Reject) -> String {
    let num =
        |x: f64| deploycalc_core::report::format::number(x, if x.fract() == 0.0 { 0 } else { 2 });
    match (lang, r) {
        (Lang::Zh, Reject::NotANumber) => "请输入数字".into(),
        (Lang::En, Reject::NotANumber) => "Enter a number".into(),
        (Lang::Zh, Reject::NotAWholeNumber) => "请输入整数".into(),
        (Lang::En, Reject::NotAWholeNumber) => "Enter a whole number".into(),
        (Lang::Zh, Reject::OutOfRange { min, max }) => {
            format!("须在 {} 到 {} 之间", num(*min), num(*max))
        }
        (Lang::En, Reject::OutOfRange { min, max }) => {
            format!("Must be between {} and {}", num(*min), num(*max))
        }
        (Lang::Zh, Reject::UnknownValue) => "无法识别的取值".into(),
        (Lang::En, Reject::UnknownValue) => "Not a known value".into(),
    }
}

pub fn url_problem_text(lang: Lang, p: &UrlProblem) -> String {
    match (lang, p) {
        (Lang::Zh, UrlProblem::UnknownKey) => "未知参数".into(),
        (Lang::En, UrlProblem::UnknownKey) => "unknown parameter".into(),
        (Lang::Zh, UrlProblem::FutureVersion) => "来自更新版本的链接".into(),
        (Lang::En, UrlProblem::FutureVersion) => "written by a newer version".into(),
        (Lang::Zh, UrlProblem::Repeated) => "重复的参数".into(),
        (Lang::En, UrlProblem::Repeated) => "repeated parameter".into(),
        (l, UrlProblem::Invalid(r)) => reject_text(l, r),
    }
}

/// Picks the zh or en text of a catalog record.
pub fn pick(lang: Lang, text: &deploycalc_core::model::vocab::I18nText) -> &str {
    match lang {
        Lang::Zh => &text.zh,
        Lang::En => &text.en,
    }
}

/// A price unit in words ("hour" / "小时").
pub fn unit_text(lang: Lang, u: deploycalc_core::model::catalog::Unit) -> &'static str {
    use deploycalc_core::model::catalog::Unit::*;
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
    }
}

/// Inline zh/en pair: both texts are required, so a missing translation does not compile.
pub fn tr(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Label, unit and help text of a numeric scenario field.
pub fn field_text(
    lang: Lang,
    f: deploycalc_core::model::scenario::NumField,
) -> (&'static str, &'static str, &'static str) {
    use deploycalc_core::model::scenario::NumField::*;
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
pub fn workload_text(
    lang: Lang,
    w: deploycalc_core::model::vocab::Workload,
) -> (&'static str, &'static str) {
    use deploycalc_core::model::vocab::Workload::*;
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

/// A cost category in words.
pub fn category_text(lang: Lang, c: deploycalc_core::model::catalog::Category) -> &'static str {
    use deploycalc_core::model::catalog::Category::*;
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
        LlmApi => ("LLM API", "LLM API"),
        SpeechApi => ("语音 API", "Speech API"),
        EmbeddingApi => ("向量 API", "Embedding API"),
        ThirdPartyApi => ("第三方 API", "Third-party API"),
        Messaging => ("消息队列", "Messaging"),
        Monitoring => ("监控", "Monitoring"),
        Logging => ("日志", "Logging"),
        Security => ("安全", "Security"),
        Domain => ("域名", "Domain"),
        ApiGateway => ("API 网关", "API gateway"),
        Scheduler => ("调度", "Scheduler"),
        CiCd => ("CI/CD", "CI/CD"),
        Other => ("其他", "Other"),
    };
    tr(lang, zh, en)
}

/// A latency stage in words.
pub fn stage_text(lang: Lang, s: deploycalc_core::model::catalog::plan::Stage) -> &'static str {
    use deploycalc_core::model::catalog::plan::Stage::*;
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
pub fn purchase_text(lang: Lang, p: deploycalc_core::model::vocab::PurchaseOption) -> &'static str {
    use deploycalc_core::model::vocab::PurchaseOption::*;
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
    };
    tr(lang, zh, en)
}
