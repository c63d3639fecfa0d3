//! Every word in core text, in both languages: never empty, and zh differs from en except
//! for the few names that are the same in both (GPU, CDN, GB, …). One file a page's words:
//! `decide`, `pages` (compare, share, import, export).

use deploycalc_core::model::catalog::plan::Stage;
use deploycalc_core::model::catalog::{Category, Confidence, Date, Unit};
use deploycalc_core::model::scenario::{NumField, Reject};
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::model::vocab::PurchaseOption;
use deploycalc_core::model::vocab::Workload;
use deploycalc_core::report::text::{self, Key};
use deploycalc_core::url::UrlProblem;

mod decide;
mod pages;
mod sizing;

/// Checks a word in both languages: both non-empty, and different unless `same` is true.
fn both(what: &str, zh: &str, en: &str, same: bool) {
    assert!(!zh.trim().is_empty(), "{what}: empty zh");
    assert!(!en.trim().is_empty(), "{what}: empty en");
    if same {
        assert_eq!(zh, en, "{what}: expected one spelling");
    } else {
        assert_ne!(zh, en, "{what}: zh equals en");
    }
}

/// Words spelled the same in Chinese and English.
const SAME: &[&str] = &["GB", "TiB", "GPU", "CDN", "CI/CD", "LLM"];

fn check(what: impl std::fmt::Debug, f: impl Fn(Lang) -> String) {
    let (zh, en) = (f(Lang::Zh), f(Lang::En));
    both(&format!("{what:?}"), &zh, &en, SAME.contains(&en.as_str()));
}

/// A match with every variant, so that a new key fails to compile until it is listed in
/// `Key::ALL` (and thereby tested).
fn listed(k: Key) -> bool {
    use Key::*;
    match k {
        AppName | Tagline | Language | Scenario | Currency | CurrencyBoth | MonthlyTotal
        | Lines | Item | Quantity | UnitPrice | Subtotal | Source | Unknown | AtLeast
        | ChartBreakdownTitle | Low | High | Assumptions | AssumeHours | AssumeFx
        | AssumeCatalog | AssumeRange | UrlNoticeTitle | CatalogBroken | LoadingCharts | Plan
        | Latency | Privacy | EditScenario => Key::ALL.contains(&k),
    }
}

#[test]
fn every_key_has_two_words() {
    // 33 keys before, 7 never used were deleted: 26; Plan, Latency, Privacy added (used on
    // the compare page, in its charts and in the exports): 29; EditScenario (the narrow
    // screen's link to the form below the plans): 30
    assert_eq!(Key::ALL.len(), 30);
    for k in Key::ALL {
        assert!(listed(k));
        check(k, |l| text::t(l, k).to_string());
    }
}

#[test]
fn every_catalog_word_has_two_words() {
    for u in Unit::ALL {
        check(u, |l| text::unit_text(l, u).to_string());
    }
    for c in Category::ALL {
        check(c, |l| text::category_text(l, c).to_string());
    }
    for s in Stage::ALL {
        check(s, |l| text::stage_text(l, s).to_string());
    }
    for c in Confidence::ALL {
        check(c, |l| text::confidence_text(l, c).to_string());
    }
    use PurchaseOption::*;
    for p in [
        OnDemand,
        Spot,
        Reserved1y,
        Reserved3y,
        SavingsPlan1y,
        Subscription,
    ] {
        check(p, |l| text::purchase_text(l, p).to_string());
    }
    check("unknown", |l| text::unknown_text(l).to_string());
    check("stale", |l| text::stale_text(l).to_string());
}

#[test]
fn one_translation_per_concept() {
    // "stale" was 过期 on the compare page and 过时 in the catalog; the catalog's CSV test
    // pins 过时
    assert_eq!(text::stale_text(Lang::Zh), "过时");
    assert_eq!(text::stale_text(Lang::En), "stale");
    // "unknown" is the Key and the catalog badge alike
    assert_eq!(
        text::unknown_text(Lang::Zh),
        text::t(Lang::Zh, Key::Unknown)
    );
    assert_eq!(text::unknown_text(Lang::En), "unknown");
    // one category wording (the catalog page's): 大模型 API, 消息, 定时任务
    assert_eq!(
        text::category_text(Lang::Zh, Category::LlmApi),
        "大模型 API"
    );
    assert_eq!(text::category_text(Lang::Zh, Category::Messaging), "消息");
    assert_eq!(
        text::category_text(Lang::En, Category::Scheduler),
        "Scheduler"
    );
}

#[test]
fn retired_words_carry_the_date() {
    let d = Date::new(2025, 9, 30).unwrap();
    assert_eq!(text::retired_text(Lang::Zh, d), "已下架（2025-09-30）");
    assert_eq!(text::retired_text(Lang::En, d), "retired 2025-09-30");
}

#[test]
fn every_field_and_workload_has_two_words() {
    for f in NumField::ALL {
        let (zh, en) = (text::field_text(Lang::Zh, f), text::field_text(Lang::En, f));
        both(&format!("{f:?} label"), zh.0, en.0, false);
        both(
            &format!("{f:?} unit"),
            zh.1,
            en.1,
            SAME.contains(&en.1) || en.1 == "%",
        );
        both(&format!("{f:?} help"), zh.2, en.2, false);
    }
    for w in Workload::ALL {
        let (zh, en) = (
            text::workload_text(Lang::Zh, w),
            text::workload_text(Lang::En, w),
        );
        both(&format!("{w:?} name"), zh.0, en.0, false);
        both(&format!("{w:?} description"), zh.1, en.1, false);
    }
}

#[test]
fn every_problem_has_two_words() {
    let rejects = [
        Reject::NotANumber,
        Reject::NotAWholeNumber,
        Reject::OutOfRange { min: 1.0, max: 2.5 },
        Reject::UnknownValue,
    ];
    for r in &rejects {
        check(r, |l| text::reject_text(l, r));
        check(r, |l| {
            text::url_problem_text(l, &UrlProblem::Invalid(r.clone()))
        });
    }
    for p in [
        UrlProblem::UnknownKey,
        UrlProblem::FutureVersion,
        UrlProblem::Repeated,
    ] {
        check(&p, |l| text::url_problem_text(l, &p));
    }
    // bounds: whole numbers without decimals, fractions with two (2.5 -> "2.50")
    let r = Reject::OutOfRange { min: 1.0, max: 2.5 };
    assert_eq!(text::reject_text(Lang::Zh, &r), "须在 1 到 2.50 之间");
    assert_eq!(
        text::reject_text(Lang::En, &r),
        "Must be between 1 and 2.50"
    );
}

#[test]
fn tr_and_pick_choose_by_language() {
    use deploycalc_core::model::vocab::I18nText;
    assert_eq!(text::tr(Lang::Zh, "月", "month"), "月");
    assert_eq!(text::tr(Lang::En, "月", "month"), "month");
    let t = I18nText {
        zh: "甲".into(),
        en: "A".into(),
    };
    assert_eq!(text::pick(Lang::Zh, &t), "甲");
    assert_eq!(text::pick(Lang::En, &t), "A");
}

#[test]
fn catalog_page_sentences_carry_their_numbers() {
    assert_eq!(
        text::record_count(Lang::Zh, 3, 120),
        "显示 3 条，共 120 条记录"
    );
    assert_eq!(text::record_count(Lang::En, 3, 120), "3 of 120 records");
    // the rate with four places: 7.2 -> "7.2000"
    let d = Date::new(2026, 11, 1).unwrap();
    let en = text::catalog_intro(Lang::En, d, 7.2);
    assert!(
        en.contains("Catalog as of 2026-11-01; converted at 1 USD = 7.2000 CNY"),
        "{en}"
    );
    let zh = text::catalog_intro(Lang::Zh, d, 7.2);
    assert!(
        zh.contains("目录日期 2026-11-01；换算汇率 1 美元 = 7.2000 元"),
        "{zh}"
    );
}

#[test]
fn every_catalog_page_word_has_two_words() {
    use deploycalc_core::model::catalog::{Level, Metric, PerfUnit, Scale, Support};
    use Metric::*;
    let metrics = [
        AsrLatency,
        LlmLatency,
        TtsLatency,
        EndToEndLatency,
        ConcurrentUsers,
        CrossCloudLatency,
        FileReadLatency,
        VectorSearchLatency,
        KgQueryLatency,
        AgentLatency,
        ServiceLatency,
        Availability,
        MaxNodesPerCluster,
        NodeStartup,
        DbLatency,
        NetworkThroughput,
        StorageIops,
        NetworkLatencyFromChina,
        SetupTime,
    ];
    for m in metrics {
        check(m, |l| text::metric_text(l, m).to_string());
    }
    // units spelled alike in both languages: ms, IOPS, Gbps, %
    for u in [
        PerfUnit::S,
        PerfUnit::Minutes,
        PerfUnit::Hours,
        PerfUnit::Users,
        PerfUnit::Nodes,
    ] {
        check(u, |l| text::perf_unit_text(l, u).to_string());
    }
    for u in [
        PerfUnit::Ms,
        PerfUnit::Iops,
        PerfUnit::Gbps,
        PerfUnit::Percent,
    ] {
        both(
            &format!("{u:?}"),
            text::perf_unit_text(Lang::Zh, u),
            text::perf_unit_text(Lang::En, u),
            true,
        );
    }
    for s in [Support::Yes, Support::No, Support::SelfHostedOnly] {
        check(s, |l| text::support_text(l, s).to_string());
    }
    let scales = [
        None,
        Some(Scale::Cost),
        Some(Scale::Difficulty),
        Some(Scale::Automation),
        Some(Scale::Completeness),
    ];
    for scale in scales {
        for level in [Level::Low, Level::Medium, Level::High] {
            check((level, scale), |l| {
                text::level_text(l, level, scale).to_string()
            });
        }
    }
    // "s003" -> "003"
    assert_eq!(
        text::seed_system(Lang::Zh, Workload::S003),
        "种子 003 的系统"
    );
    assert_eq!(
        text::seed_system(Lang::En, Workload::S003),
        "seed 003 system"
    );
}

#[test]
fn currency_labels_put_the_currency_in_brackets() {
    // zh uses full-width brackets with no space, en a space and ASCII brackets
    assert_eq!(text::in_currency(Lang::Zh, "单价", "CNY"), "单价（CNY）");
    assert_eq!(
        text::in_currency(Lang::En, "Unit price", "USD"),
        "Unit price (USD)"
    );
}

#[test]
fn a_monthly_range_is_worded_as_a_lower_bound_when_a_price_is_unknown() {
    use deploycalc_core::model::money::{Currency, MoneyRange};
    let r = MoneyRange {
        low: 120.0,
        high: 180.0,
        currency: Currency::Usd,
    };
    // the larger end is under $1,000, so both ends get two decimals (format::money_decimals);
    // a lower bound puts the language's "at least" first
    assert_eq!(text::money_text(Lang::En, r, false), "$120.00–$180.00");
    assert_eq!(
        text::money_text(Lang::En, r, true),
        "at least $120.00–$180.00"
    );
    assert_eq!(text::money_text(Lang::Zh, r, true), "至少 $120.00–$180.00");
    let big = MoneyRange {
        low: 1200.0,
        high: 1800.0,
        currency: Currency::Cny,
    };
    assert_eq!(
        text::money_text(Lang::En, big, true),
        "at least ¥1,200–¥1,800"
    );
}
