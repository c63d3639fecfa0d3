//! The decide page's sentences (report::text::decide): both languages, and the exact text of
//! one hand-worked case each.

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
