//! The compare page's, the share bar's, the import's and the exports' words
//! (report::text::{compare, share, export}) in both languages, with hand-worked cases.

use super::check;
use deploycalc_core::model::vocab::{Lang, PurchaseOption};
use deploycalc_core::report::text::{self, Key};

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
    // a sized capacity keeps one decimal below 100: 9.93 a unit -> "9.9"; 9.96 -> "10"
    let sized = |per_unit| CapacityCheck {
        per_unit,
        ..cap(CapacityStatus::Ok)
    };
    assert_eq!(
        text::capacity_text(Lang::En, &sized(9.93)),
        "✓ 2 unit(s) × 9.9 concurrent users"
    );
    assert_eq!(
        text::capacity_text(Lang::Zh, &sized(9.96)),
        "✓ 2 单元 × 10 人并发"
    );
    assert_eq!(
        text::capacity_text(Lang::En, &sized(150.4)),
        "✓ 2 unit(s) × 150 concurrent users"
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

#[test]
fn a_crossing_under_the_curves_chart_reads_with_units_and_separators() {
    use deploycalc_core::engine::analysis::Axis;
    check("crossings_name", |l| text::crossings_name(l).to_string());
    for axis in [Axis::Users, Axis::ConversationHours] {
        check(axis, |l| {
            text::crossing_text(l, axis, 825.84, "A", "B", "$395.48")
        });
    }
    // 825.84 to the unit is 826; 1,643.17 is 1,643 with its thousands separator
    assert_eq!(
        text::crossing_text(Lang::En, Axis::Users, 825.84, "EC2", "API", "$395.48"),
        "At about 826 users, EC2 and API cost the same: $395.48 a month"
    );
    assert_eq!(
        text::crossing_text(Lang::Zh, Axis::Users, 825.84, "EC2", "API", "$395.48"),
        "约 826 用户时，EC2 与 API 成本相同：每月 $395.48"
    );
    assert_eq!(
        text::curve_x_text(Lang::En, Axis::Users, 1643.17),
        "1,643 users"
    );
    assert_eq!(
        text::curve_x_text(Lang::Zh, Axis::ConversationHours, 412.92),
        "413 小时"
    );
    assert_eq!(
        text::curve_x_text(Lang::En, Axis::EgressGb, 1500.0),
        "1,500 GB"
    );
}
