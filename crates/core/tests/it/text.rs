//! Every word in core text, in both languages: never empty, and zh differs from en except
//! for the few names that are the same in both (GPU, CDN, GB, …).

use deploycalc_core::model::catalog::plan::Stage;
use deploycalc_core::model::catalog::{Category, Confidence, Date, Unit};
use deploycalc_core::model::scenario::{NumField, Reject};
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::model::vocab::PurchaseOption;
use deploycalc_core::model::vocab::Workload;
use deploycalc_core::report::text::{self, Key};
use deploycalc_core::url::UrlProblem;

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
        | Latency | Privacy => Key::ALL.contains(&k),
    }
}

#[test]
fn every_key_has_two_words() {
    // 33 keys before, 7 never used were deleted: 26; Plan, Latency, Privacy added (used on
    // the compare page, in its charts and in the exports): 29
    assert_eq!(Key::ALL.len(), 29);
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

// ---- the decide page's sentences (report::text::decide) ----

mod decide {
    use super::both;
    use deploycalc_core::engine::analysis::{Axis, CrossKind, LeverKind, PathGap};
    use deploycalc_core::engine::estimate::Meets;
    use deploycalc_core::model::money::Range;
    use deploycalc_core::model::scenario::{NumField, Scenario};
    use deploycalc_core::model::vocab::{Lang, PurchaseOption, Region};
    use deploycalc_core::report::text;

    /// Calls `f` in both languages and checks them with `both`.
    fn each(what: &str, f: impl Fn(Lang) -> String) -> (String, String) {
        let (zh, en) = (f(Lang::Zh), f(Lang::En));
        both(what, &zh, &en, false);
        (zh, en)
    }

    #[test]
    fn fixed_words_exist_in_both_languages() {
        each("full_stop", |l| text::full_stop(l).into());
        each("at_least", |l| text::at_least(l, true));
        assert_eq!(text::at_least(Lang::En, true), "at least ");
        assert_eq!(text::at_least(Lang::Zh, true), "至少 ");
        assert_eq!(text::at_least(Lang::En, false), "");
        for r in [Region::Global, Region::China] {
            each("region_text", |l| text::region_text(l, r).into());
        }
        for a in [
            Axis::ConversationHours,
            Axis::Users,
            Axis::StorageGb,
            Axis::EgressGb,
        ] {
            each("axis_text", |l| text::axis_text(l, a).into());
        }
        for f in deploycalc_core::url::DecideField::ALL {
            each("decide_field_label", |l| {
                text::decide_field_label(l, f).into()
            });
        }
    }

    #[test]
    fn the_wizard_sentences_put_the_values_in_place() {
        // index 1 is the second question: the callers pass index + 1
        assert_eq!(
            each("question_number", |l| text::question_number(l, 2)),
            ("第 2 题".into(), "Question 2".into())
        );
        assert_eq!(
            each("you_chose", |l| text::you_chose(l, "Yes")),
            (
                " 你改选了“Yes”。".into(),
                " You chose “Yes” instead.".into()
            )
        );
        assert_eq!(
            each("scenario_says", |l| text::scenario_says(l, "e", "a")),
            ("e → a。".into(), "e → a.".into())
        );
        // 10 is whole, so amount_smart prints it without decimals; 2.5 gets two
        let (_, en) = each("evidence_num", |l| {
            text::evidence_num(l, NumField::PeakConcurrency, 10.0)
        });
        assert_eq!(en, "Peak concurrent users 10 users");
        assert_eq!(
            text::evidence_num(Lang::Zh, NumField::PeakConcurrency, 2.5),
            "峰值并发用户 2.50 人"
        );
        assert_eq!(
            each("evidence_region", |l| text::evidence_region(
                l,
                Region::China
            )),
            (
                "用户所在地区：中国大陆".into(),
                "users are in mainland China".into()
            )
        );
        assert_eq!(
            each("evidence_cheaper", |l| {
                text::evidence_cheaper(l, "A", "$10.00", "B", "$20.00")
            }),
            (
                "A 每月 $10.00，B 每月 $20.00".into(),
                "A costs $10.00 a month, B $20.00".into()
            )
        );
        assert_eq!(
            each("evidence_component on", |l| text::evidence_component(
                l, "X", true
            )),
            ("X：已勾选".into(), "X: ticked".into())
        );
        each("evidence_component off", |l| {
            text::evidence_component(l, "X", false)
        });
    }

    #[test]
    fn reasons_are_joined_with_and_before_the_last() {
        let r = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            each("because", |l| text::because(l, &r(&["a", "b", "c"]), "P")),
            (
                "因为a，b，并且c → 推荐：P。".into(),
                "Because a, b and c → recommended: P.".into()
            )
        );
        assert_eq!(
            text::because(Lang::En, &r(&["a"]), "P"),
            "Because a → recommended: P."
        );
    }

    #[test]
    fn why_not_sentences_use_the_shared_duration_and_number_formats() {
        // a 2,000 ms target is "2 s" (format::duration_ms: seconds from 1 s on, trailing zeros
        // dropped); 800 ms stays in ms; 800–1,200 ms is the range "800 ms–1.2 s"
        let ms = Range::point(800.0);
        assert_eq!(
            each("latency yes", |l| text::latency_fact(
                l,
                Meets::Yes,
                2000.0,
                ms
            )),
            (
                "满足 2 s 的延迟目标（800 ms）".into(),
                "meets the 2 s latency target (800 ms)".into()
            )
        );
        let wide = Range::new(800.0, 1200.0);
        assert_eq!(
            each("latency maybe", |l| {
                text::latency_fact(l, Meets::Maybe, 1000.0, wide)
            })
            .1,
            "may miss the 1 s latency target (800 ms–1.2 s)"
        );
        each("latency no", |l| {
            text::latency_fact(l, Meets::No, 500.0, ms)
        });
        assert_eq!(
            each("peak_fact", |l| text::peak_fact(l, 10.0)).1,
            "cannot serve the peak of 10 concurrent users"
        );
        assert_eq!(
            each("privacy_fact", |l| text::privacy_fact(l, 5, 2)),
            (
                "隐私 5/5（推荐方案 2/5）".into(),
                "privacy 5/5 (vs 2/5)".into()
            )
        );
        let mut s = Scenario {
            conversation_hours: 100.0,
            ..Scenario::default()
        };
        assert_eq!(
            each("at_scenario hours", |l| text::at_scenario(l, &s)),
            (
                "按每月 100 小时对话".into(),
                "at 100 conversation hours".into()
            )
        );
        s.conversation_hours = 0.0;
        s.users = 1500.0;
        assert_eq!(
            each("at_scenario users", |l| text::at_scenario(l, &s)).1,
            "at 1,500 monthly active users"
        );
    }

    #[test]
    fn the_cost_comparison_picks_more_less_or_the_same() {
        let at = "at 100 conversation hours";
        let pair = ("$395.48", "$101.46");
        // 395.48 / 101.46 = 3.898 → "3.9" (one decimal)
        assert_eq!(
            text::cost_against(Lang::En, Some(3.898), false, pair, at),
            "costs 3.9× as much ($395.48 vs $101.46 a month at 100 conversation hours)"
        );
        assert_eq!(
            text::cost_against(Lang::Zh, Some(2.0), true, ("$2.00", "$1.00"), "X"),
            "每月成本是推荐方案的 至少 2.0 倍（至少 $2.00 对 $1.00，X）"
        );
        // 1 − 0.75 = 25 % less
        assert_eq!(
            each("cost less", |l| {
                text::cost_against(l, Some(0.75), false, ("$3", "$4"), "X")
            }),
            (
                "每月便宜 25%（$3 对 $4，X）".into(),
                "costs 25% less ($3 vs $4 a month X)".into()
            )
        );
        // within ±0.5 % counts as the same
        assert_eq!(
            each("cost same", |l| {
                text::cost_against(l, Some(1.004), false, ("$3", "$3"), "X")
            })
            .1,
            "costs about the same ($3 vs $3 a month)"
        );
        assert_eq!(
            each("cost unknown", |l| {
                text::cost_against(l, None, true, ("$3", "$4"), "X")
            })
            .1,
            "costs at least $3 a month (vs $4)"
        );
        let facts = vec!["f1".to_string(), "f2".to_string()];
        assert_eq!(
            each("why_not", |l| text::why_not(l, "P", &facts, "C")),
            ("P：f1，f2，C".into(), "P: f1; f2; C".into())
        );
        assert_eq!(text::why_not(Lang::En, "P", &[], "C"), "P: C");
        assert_eq!(
            each("ruled_out_by", |l| text::ruled_out_by(l, "Q?", "No")),
            (
                "；被“Q?”→“No”排除。".into(),
                ". Ruled out by “Q?” → “No”.".into()
            )
        );
    }

    #[test]
    fn levers_say_what_they_save() {
        // a $12.00 saving on a $48.00 plan: 12 / 48 = 25 %
        assert_eq!(
            each("lever gpu hours", |l| {
                text::lever_saving(l, LeverKind::GpuHours(8.0), "$12.00", 0.25)
            }),
            (
                "按需 GPU：每天只开 8 小时：每月省 $12.00（25%）".into(),
                "On-demand GPU: run it 8 hours a day: saves $12.00 a month (25%)".into()
            )
        );
        assert_eq!(
            each("lever spot", |l| text::lever_text(l, LeverKind::Spot(70.0))).1,
            "70% of GPU hours as spot (may be interrupted)"
        );
        each("lever purchase", |l| {
            text::lever_text(l, LeverKind::Purchase(PurchaseOption::Reserved1y))
        });
    }

    #[test]
    fn break_even_sentences_put_the_driver_and_plans_in_place() {
        // whole to within 1e-9 → no decimals; else two
        assert_eq!(text::driver_value(120.000_000_000_1), "120");
        assert_eq!(text::driver_value(1234.5), "1,234.50");
        let h = Axis::ConversationHours;
        assert_eq!(
            each("break_even_now", |l| {
                text::break_even_now(l, h, 100.0, ("A", "$10.00"), ("B", "$20.00"))
            }),
            (
                "你的场景（每月对话小时 100）：A $10.00，B $20.00。".into(),
                "At your 100 conversation hours a month: A $10.00, B $20.00.".into()
            )
        );
        assert_eq!(
            each("no_break_even", |l| text::no_break_even(l, h, 1000.0, "A")).1,
            "No break-even between 0 and 1,000 conversation hours a month: A stays cheaper (or equal)."
        );
        assert_eq!(
            each("break_even_at step", |l| {
                text::break_even_at(l, h, 150.5, CrossKind::Step, "A", "B")
            }),
            (
                "每月对话小时超过 150.50（阶跃：多一台实例），A 比 B 便宜。".into(),
                "Above 150.50 conversation hours a month (a step: one more instance), A is cheaper than B.".into()
            )
        );
        assert_eq!(
            text::break_even_at(Lang::En, Axis::Users, 300.0, CrossKind::Linear, "A", "B"),
            "Above 300 monthly active users, A is cheaper than B."
        );
        each("break_even_anchor", |l| text::break_even_anchor(l, "A"));
    }

    #[test]
    fn growth_sentences_put_months_and_plans_in_place() {
        assert_eq!(
            each("path_step", |l| text::path_step(l, "A", 3)),
            ("A（第 3 月）".into(), "A (month 3)".into())
        );
        assert_eq!(
            each("stay_total", |l| text::stay_total(l, "A", "$9", Some(5))),
            (
                "A：$9，从第 5 月起不满足约束".into(),
                "A: $9, does not fit from month 5".into()
            )
        );
        assert_eq!(text::stay_total(Lang::En, "A", "$9", None), "A: $9");
        assert_eq!(
            each("path_total", |l| text::path_total(l, 24, "$9")).1,
            "Over 24 months: $9 along the path; staying on one plan:"
        );
        assert_eq!(
            each("staying_on", |l| text::staying_on(l, "A")),
            ("一直用 A".into(), "Staying on A".into())
        );
        assert_eq!(
            each("seed_path", |l| text::seed_path(l, "000", "A → B")),
            (
                "种子 000 的迁移路径：A → B。".into(),
                "Seed 000's migration path: A → B. ".into()
            )
        );
        // only the constraints that fail in some month are named, latency first
        let never = PathGap::NeverFits {
            capacity: 3,
            latency: 24,
            privacy: 0,
        };
        assert_eq!(
            each("gap never fits", |l| text::gap_text(l, &never, 24)),
            (
                "任何月份都不满足约束（24/24 个月达不到延迟目标，3/24 个月撑不住峰值）".into(),
                "never fits (misses the latency target in 24 of 24 months; cannot serve the peak in 3 of 24 months)".into()
            )
        );
        let privacy = PathGap::NeverFits {
            capacity: 0,
            latency: 0,
            privacy: 1,
        };
        assert_eq!(
            text::gap_text(Lang::En, &privacy, 12),
            "never fits (is not private enough in 1 of 12 months)"
        );
        for g in [
            PathGap::NeverCheapest { fit_months: 4 },
            PathGap::Passed { cheapest_months: 2 },
            PathGap::NotCompared,
        ] {
            each("gap", |l| text::gap_text(l, &g, 24));
        }
        let gaps = vec![
            ("A".to_string(), PathGap::NotCompared),
            ("B".to_string(), PathGap::NeverCheapest { fit_months: 4 }),
        ];
        assert_eq!(
            each("path_differs", |l| text::path_differs(l, 24, &gaps)),
            (
                "这里算出的路径不同：A 不在比较范围内；B 有 4 个月满足约束，但总有更便宜的方案。".into(),
                "The computed path differs: A is not compared here; B fits in 4 months but a cheaper plan always fits too.".into()
            )
        );
    }
}

// ---- words1: share, header, footer, import outcome, export words ----

#[test]
fn the_header_and_footer_words_exist_in_both_languages() {
    use deploycalc_core::url::Page;
    for p in [Page::Compare, Page::Decide, Page::Catalog] {
        check(p, |l| text::page_text(l, p).to_string());
    }
    check("brand_alt", |l| text::brand_alt(l).to_string());
    check("pages_label", |l| text::pages_label(l).to_string());
    check("footer_note", |l| text::footer_note(l).to_string());
    check("import_file_word", |l| {
        text::import_file_word(l).to_string()
    });
    assert_eq!(text::page_text(Lang::Zh, Page::Decide), "决策向导");
    assert_eq!(text::brand_alt(Lang::En), " · 部署方案计算器");
}

#[test]
fn the_import_outcome_puts_file_and_count_in_the_sentence() {
    check("import_applied", |l| text::import_applied(l, "p.json", 3));
    check("import_refused", |l| text::import_refused(l, "p.json", 2));
    assert_eq!(
        text::import_applied(Lang::En, "p.json", 3),
        "Imported p.json: 3 custom price(s), replacing the previous ones"
    );
    assert_eq!(
        text::import_applied(Lang::Zh, "p.json", 3),
        "已导入 p.json: 3 项自定义价格（替换了之前的）"
    );
    assert_eq!(
        text::import_refused(Lang::En, "p.json", 2),
        "p.json: not imported; nothing was changed. 2 problem(s):"
    );
    assert_eq!(
        text::import_refused(Lang::Zh, "p.json", 2),
        "p.json: 未导入，什么都没有改变。 2 个问题："
    );
}

#[test]
fn every_import_problem_is_worded_in_both_languages() {
    use deploycalc_core::model::custom_prices::Problem;
    use deploycalc_core::model::money::Currency;
    let all = vec![
        Problem::TooLarge {
            bytes: 300 * 1024,
            limit: 256 * 1024,
        },
        Problem::NotJson { line: 2, column: 5 },
        Problem::NotAnObject,
        Problem::WrongFormat { found: None },
        Problem::FutureVersion { found: 9 },
        Problem::BadVersion,
        Problem::TooManyRecords {
            count: 5000,
            limit: 2000,
        },
        Problem::UnknownField { field: "x".into() },
        Problem::MissingField { field: "id" },
        Problem::NotAList { field: "prices" },
        Problem::NotANumber {
            field: "unit_price",
        },
        Problem::OutOfRange {
            field: "percent",
            min: 0.0,
            max: 99.5,
        },
        Problem::UnknownProvider,
        Problem::UnknownPrice,
        Problem::CurrencyMismatch {
            expected: Currency::Usd,
            found: "EUR".into(),
        },
        Problem::Duplicate,
    ];
    for p in &all {
        check(p, |l| text::problem_text(l, p));
    }
    // 300 KiB / 1024 = 300 KB, limit 256 KB, whole numbers
    assert_eq!(
        text::problem_text(Lang::En, &all[0]),
        "file too large (300 KB); the limit is 256 KB"
    );
    // a missing format is shown as a dash
    assert_eq!(
        text::problem_text(Lang::Zh, &all[3]),
        "不是自定义价格文件（format 为 —，应为 deploycalc-custom-prices）"
    );
    // 0 is whole (no decimals), 99.5 is not (two decimals)
    assert_eq!(
        text::problem_text(Lang::En, &all[11]),
        "\"percent\" must be between 0 and 99.50"
    );
    assert_eq!(
        text::problem_text(Lang::Zh, &all[14]),
        "币种为 EUR，但这条记录以 USD 计价"
    );
}

#[test]
fn a_quantity_range_shows_whole_ends_without_decimals() {
    use deploycalc_core::model::money::Range;
    use deploycalc_core::report::format;
    // both ends 3: one figure, whole so no decimals
    assert_eq!(format::amount_smart_range(Range::point(3.0)), "3");
    // 2 is whole -> "2"; 2.5 is not -> two decimals "2.50"
    assert_eq!(format::amount_smart_range(Range::new(2.0, 2.5)), "2–2.50");
    // 1234 -> thousands separator "1,234"; 1500.25 -> "1,500.25"
    assert_eq!(
        format::amount_smart_range(Range::new(1234.0, 1500.25)),
        "1,234–1,500.25"
    );
}

#[test]
fn every_export_label_and_line_state_has_two_words() {
    use deploycalc_core::engine::estimate::LineState;
    use text::ExportLabel;
    for l in ExportLabel::ALL {
        check(l, |lang| text::export_label(lang, l).to_string());
    }
    assert_eq!(
        text::export_label(Lang::Zh, ExportLabel::Title),
        "部署方案对比（DeployCalc）"
    );
    for s in [LineState::Excluded, LineState::Owned] {
        check(s, |lang| {
            text::line_state_text(lang, s).unwrap().to_string()
        });
    }
    assert_eq!(text::line_state_text(Lang::En, LineState::Counted), None);
}

#[test]
fn the_app_exports_with_the_words_of_core_text() {
    use deploycalc_core::model::catalog::Unit;
    use deploycalc_core::report::export::{Label, TextWords, Words};
    let en = TextWords(Lang::En);
    assert_eq!(en.at_least(), "at least");
    assert_eq!(en.label(Label::Monthly), "Monthly total");
    assert_eq!(en.unit(Unit::Hour), text::unit_text(Lang::En, Unit::Hour));
    let zh = TextWords(Lang::Zh);
    assert_eq!(zh.label(Label::Latency), "端到端延迟");
}

#[test]
fn a_badge_is_named_in_one_lower_case_word() {
    use deploycalc_core::engine::compare::Badge;
    // the page's CSS (style/main.css) names .win-cheapest, .win-fastest, .win-mostprivate
    assert_eq!(Badge::Cheapest.as_str(), "cheapest");
    assert_eq!(Badge::Fastest.as_str(), "fastest");
    assert_eq!(Badge::MostPrivate.as_str(), "mostprivate");
}

#[test]
fn every_input_group_has_two_titles_and_the_slug_of_its_english_title() {
    use text::InputGroup;
    for g in InputGroup::ALL {
        check(g, |l| text::input_group_text(l, g).to_string());
        // the reset button's test id was the English title, lower case, spaces to '-'
        let en = text::input_group_text(Lang::En, g);
        assert_eq!(g.slug(), en.to_ascii_lowercase().replace(' ', "-"));
    }
    assert_eq!(InputGroup::RegionCurrency.slug(), "region-and-currency");
    assert_eq!(text::input_group_text(Lang::Zh, InputGroup::Usage), "用量");
}

#[test]
fn capacity_sentences_put_the_figures_in_the_words() {
    use deploycalc_core::engine::estimate::{CapacityCheck, CapacityStatus};
    let cap = |status| CapacityCheck {
        per_unit: 50.0,
        needed_units: 2.0,
        scales: true,
        status,
        perf: None,
    };
    let all = [
        cap(CapacityStatus::Ok),
        cap(CapacityStatus::NeedsMore {
            needed: 3.0,
            priced: 1.0,
        }),
        cap(CapacityStatus::CannotScale { max_users: 1200.0 }),
    ];
    for c in &all {
        check(&c.status, |l| text::capacity_text(l, c));
    }
    // 2 units of 50 concurrent users each
    assert_eq!(
        text::capacity_text(Lang::En, &all[0]),
        "✓ 2 unit(s) × 50 concurrent users"
    );
    assert_eq!(
        text::capacity_text(Lang::Zh, &all[0]),
        "✓ 2 单元 × 50 人并发"
    );
    assert_eq!(
        text::capacity_text(Lang::En, &all[1]),
        "⚠ needs 3 units, priced 1"
    );
    // 1200 with a thousands separator
    assert_eq!(
        text::capacity_text(Lang::Zh, &all[2]),
        "✗ 无法扩展，最多 1,200 人同时使用"
    );
}

#[test]
fn price_adjustments_and_audit_notes_are_worded_in_both_languages() {
    use deploycalc_core::engine::purchase::Adjustment;
    use deploycalc_core::model::money::{Currency, MoneyRange};
    let all = [
        Adjustment::Override,
        Adjustment::Purchase {
            option: PurchaseOption::Reserved1y,
            sourced: false,
        },
        Adjustment::PurchaseUnavailable {
            option: PurchaseOption::Subscription,
        },
        Adjustment::Discount { percent: 12.5 },
    ];
    for a in &all {
        check(a, |l| text::adjustment_text(l, a));
    }
    // Spot is "Spot" in both languages; 30 % with no decimals
    let spot = Adjustment::Spot {
        share_percent: 30.0,
        sourced: true,
    };
    assert_eq!(text::adjustment_text(Lang::Zh, &spot), "Spot 30%");
    assert_eq!(
        text::adjustment_text(Lang::En, &all[1]),
        "Reserved, 1 year (seed's discount)"
    );
    assert_eq!(
        text::adjustment_text(Lang::Zh, &all[1]),
        "1 年预留（种子折扣）"
    );
    // one decimal
    assert_eq!(text::adjustment_text(Lang::En, &all[3]), "discount 12.5%");
    let usd = |low, high| MoneyRange {
        low,
        high,
        currency: Currency::Usd,
    };
    // 5–10 and 6 under $1,000: two decimals; +0.2 -> "+20%"
    assert_eq!(
        text::audit_note_text(Lang::En, usd(5.0, 10.0), Some(usd(6.0, 6.0)), Some(0.2)),
        "⚠ seed says $5.00–$10.00 · catalog $6.00 (+20%)"
    );
    assert_eq!(
        text::audit_note_text(Lang::Zh, usd(5.0, 10.0), None, None),
        "⚠ 种子写 $5.00–$10.00 · 目录价 未知"
    );
}

#[test]
fn seed_audit_and_chart_sentences_put_the_figures_in_the_words() {
    use deploycalc_core::model::catalog::Unit;
    use deploycalc_core::model::money::{Currency, MoneyRange, Range};
    let usd = |low, high| MoneyRange {
        low,
        high,
        currency: Currency::Usd,
    };
    check("seed_audit_text", |l| {
        text::seed_audit_text(l, None, usd(1.0, 1.0), usd(2.0, 2.0), false)
    });
    // all under $1,000: two decimals; the catalog total is a lower bound
    assert_eq!(
        text::seed_audit_text(
            Lang::En,
            Some(usd(400.0, 400.0)),
            usd(390.0, 390.0),
            usd(380.0, 380.0),
            true
        ),
        "stated $400.00 · sum of the seed's lines $390.00 · at catalog prices at least $380.00"
    );
    assert_eq!(
        text::seed_audit_text(Lang::Zh, None, usd(1.0, 2.0), usd(3.0, 3.0), false),
        "种子总额 — · 种子各项之和 $1.00–$2.00 · 按目录价 $3.00"
    );
    check("flagged_lines_text", |l| text::flagged_lines_text(l, 2));
    assert_eq!(
        text::flagged_lines_text(Lang::Zh, 2),
        "2 项与种子相差超过 10%"
    );
    check("seed_differs_text", |l| {
        text::seed_differs_text(l, Some(0.2))
    });
    // 0.2 -> +20%, -0.3 -> -30%
    assert_eq!(
        text::seed_differs_text(Lang::En, Some(0.2)),
        "⚠ catalog differs by +20%"
    );
    assert_eq!(
        text::seed_differs_text(Lang::Zh, Some(-0.3)),
        "⚠ 目录价相差 -30%"
    );
    check("show_plan_text", |l| text::show_plan_text(l, "Fargate"));
    assert_eq!(text::show_plan_text(Lang::Zh, "Fargate"), "显示 Fargate");
    check("latency_target_text", |l| {
        text::latency_target_text(l, 2000.0)
    });
    assert_eq!(
        text::latency_target_text(Lang::En, 2000.0),
        "target 2,000 ms"
    );
    check("catalog_price_text", |l| {
        text::catalog_price_text(l, None, Currency::Usd, Unit::Hour)
    });
    assert_eq!(
        text::catalog_price_text(Lang::En, None, Currency::Cny, Unit::Hour),
        format!(
            "catalog unknown (CNY) / {}",
            text::unit_text(Lang::En, Unit::Hour)
        )
    );
    // a point price below $1 keeps three decimals (format::unit_price)
    assert_eq!(
        text::catalog_price_text(
            Lang::Zh,
            Some(Range::point(0.526)),
            Currency::Usd,
            Unit::Hour
        ),
        format!("目录价 $0.526 / {}", text::unit_text(Lang::Zh, Unit::Hour))
    );
}

#[test]
fn the_exchange_rate_assumption_names_the_catalog_rate_when_known() {
    check("fx_assumption_text", |l| {
        text::fx_assumption_text(l, 7.2, None)
    });
    // four decimals: 7.2 -> 7.2000
    assert_eq!(
        text::fx_assumption_text(Lang::En, 7.2, None),
        format!("{}: 1 USD = 7.2000 CNY", text::t(Lang::En, Key::AssumeFx))
    );
    // the catalog's default rate (catalog/meta.json, fx usdcny-2026-06-19): 6.7686 CNY per USD
    // as of 2026-06-19, then its source
    let fx = crate::common::catalog().default_fx();
    let s = text::fx_assumption_text(Lang::En, 7.2, Some(fx));
    assert!(
        s.starts_with("Exchange rate: 1 USD = 7.2000 CNY (Source: 6.7686 2026-06-19, https://"),
        "{s}"
    );
}

#[test]
fn what_the_seed_says_is_one_phrase_on_both_uses() {
    check("seed_says_text", |l| text::seed_says_text(l, "800 ms"));
    assert_eq!(text::seed_says_text(Lang::Zh, "800 ms"), "种子写 800 ms");
    assert_eq!(text::seed_says_text(Lang::En, "1.50 s"), "seed says 1.50 s");
    // the shared words of the compare page, the exports and the charts
    assert_eq!(text::t(Lang::En, Key::Latency), "End-to-end latency");
    assert_eq!(
        text::export_label(Lang::Zh, text::ExportLabel::Plan),
        text::t(Lang::Zh, Key::Plan)
    );
}
