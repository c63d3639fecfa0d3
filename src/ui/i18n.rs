//! zh + en strings. Keys are an enum, so a missing translation is a compile error.

use crate::domain::scenario::Reject;
use crate::domain::share::{Lang, UrlProblem};

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
    let num = |x: f64| crate::domain::format::number(x, if x.fract() == 0.0 { 0 } else { 2 });
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
pub fn pick(lang: Lang, text: &crate::domain::catalog::I18nText) -> &str {
    match lang {
        Lang::Zh => &text.zh,
        Lang::En => &text.en,
    }
}

/// A price unit in words ("hour" / "小时").
pub fn unit_text(lang: Lang, u: crate::domain::catalog::Unit) -> &'static str {
    use crate::domain::catalog::Unit::*;
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
