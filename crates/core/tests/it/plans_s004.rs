//! Seed 004's plans (LangGraph agent system on AWS, GCP, Azure and Alibaba; the MVP; the
//! Kubernetes production layout), checked against the seed's §2.2 table and against catalog
//! unit prices, with the arithmetic written out by hand beside each assertion.

use crate::common::{assert_range, audit_of, close, est, flagged_lines, line, plan, preset};
use deploycalc_core::engine::estimate::Meets;
use deploycalc_core::model::catalog::plan::Stage;
use deploycalc_core::model::catalog::Category;
use deploycalc_core::model::money::{Currency, Fx, MoneyRange, Range, HOURS_PER_MONTH};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{Region, Workload};

fn s004() -> Scenario {
    preset(Workload::S004)
}

/// (low, high, currency) of the audit's sum of the seed's own line figures.
fn seed_line_sum(id: &str) -> (f64, f64, Currency) {
    let a = audit_of(id, &s004());
    let r = a.seed_line_sum.expect("seed line sum");
    (r.low, r.high, r.currency)
}

/// (low, high, currency) of the plan's stated total.
fn stated(id: &str) -> (f64, f64, Currency) {
    let t = plan(id).seed_total.as_ref().expect("seed total");
    let r = t.value.range();
    (r.low, r.high, t.currency)
}

#[test]
fn the_preset_is_the_seeds_medium_deployment() {
    // §2.2: "500GB 存储，1TB 网络流量"; users in China (§九: 阿里云 for users in China)
    let s = s004();
    assert_eq!(s.storage_gb, 500.0);
    assert_eq!(s.egress_gb, 1000.0);
    assert_eq!(s.db_gb, 100.0);
    assert_eq!(s.region, Region::China);
    assert_eq!(HOURS_PER_MONTH, 730.0);
}

#[test]
fn aws_seed_lines_add_up_to_the_seeds_740_to_1020() {
    // §2.2 AWS column: 200–300 + 400–500 + 50–100 + 90–120 = 740–1,020, the seed's "$740-1020"
    assert_eq!(seed_line_sum("s004-aws"), (740.0, 1020.0, Currency::Usd));
    assert_eq!(stated("s004-aws"), (740.0, 1020.0, Currency::Usd));
    assert_eq!(audit_of("s004-aws", &s004()).lines_vs_stated, Some(0.0));
}

#[test]
fn gcp_seed_lines_add_up_to_the_seeds_680_to_960() {
    // §2.2 GCP column: 180–280 + 380–480 + 40–90 + 80–110 = 680–960, the seed's "$680-960"
    assert_eq!(seed_line_sum("s004-gcp"), (680.0, 960.0, Currency::Usd));
    assert_eq!(stated("s004-gcp"), (680.0, 960.0, Currency::Usd));
    assert_eq!(audit_of("s004-gcp", &s004()).lines_vs_stated, Some(0.0));
}

#[test]
fn azure_seed_lines_add_up_to_the_seeds_800_to_1080() {
    // §2.2 Azure column: 220–320 + 420–520 + 60–110 + 100–130 = 800–1,080, the seed's "$800-1080"
    assert_eq!(seed_line_sum("s004-azure"), (800.0, 1080.0, Currency::Usd));
    assert_eq!(stated("s004-azure"), (800.0, 1080.0, Currency::Usd));
    assert_eq!(audit_of("s004-azure", &s004()).lines_vs_stated, Some(0.0));
}

#[test]
fn alibaba_seed_lines_add_up_to_the_seeds_2900_to_4100_yuan() {
    // §2.2 阿里云 column: 800–1,200 + 1,600–2,000 + 200–400 + 300–500 = 2,900–4,100, the seed's
    // "¥2900-4100"
    assert_eq!(
        seed_line_sum("s004-alibaba"),
        (2900.0, 4100.0, Currency::Cny)
    );
    assert_eq!(stated("s004-alibaba"), (2900.0, 4100.0, Currency::Cny));
    assert_eq!(audit_of("s004-alibaba", &s004()).lines_vs_stated, Some(0.0));
}

#[test]
fn the_seed_line_sums_do_not_depend_on_fx_or_region() {
    // The seed's own figures are in the audit's currency, so no conversion touches them.
    let s = Scenario {
        fx_rate: 7.2,
        region: Region::Global,
        ..s004()
    };
    let sum = |id: &str| {
        let r = audit_of(id, &s).seed_line_sum.expect("sum");
        (r.low, r.high)
    };
    assert_eq!(sum("s004-aws"), (740.0, 1020.0));
    assert_eq!(sum("s004-alibaba"), (2900.0, 4100.0));
}

#[test]
fn alibaba_conclusion_contradicts_the_table_and_both_are_recorded() {
    // §九 6: "阿里云 ¥15,000-20,000"; §2.2 table: ¥2,900–4,100; §2.2: "$400-570（按 7.2 汇率计算）"
    let a = audit_of("s004-alibaba", &s004());
    let others: Vec<(f64, f64, Currency)> = a
        .other_totals
        .iter()
        .map(|t| (t.value.range().low, t.value.range().high, t.currency))
        .collect();
    assert!(
        others.contains(&(15000.0, 20000.0, Currency::Cny)),
        "{others:?}"
    );
    assert!(
        others.contains(&(400.0, 570.0, Currency::Usd)),
        "{others:?}"
    );
    let conclusion = a
        .other_totals
        .iter()
        .find(|t| t.currency == Currency::Cny)
        .and_then(|t| t.note.as_deref())
        .unwrap_or("");
    assert!(conclusion.contains("2,900–4,100"), "{conclusion}");
    // the "$400-570" is the table converted, not the conclusion:
    // 2,900 ÷ 7.2 = 402.78, 4,100 ÷ 7.2 = 569.44
    let table_usd =
        MoneyRange::new(Range::new(2900.0, 4100.0), Currency::Cny).to(Currency::Usd, Fx::new(7.2));
    assert!((table_usd.low - 402.78).abs() < 0.005, "{table_usd:?}");
    assert!((table_usd.high - 569.44).abs() < 0.005, "{table_usd:?}");
    // while the conclusion's ¥15,000–20,000 ÷ 7.2 = 2,083.33–2,777.78
    let conclusion_usd = MoneyRange::new(Range::new(15000.0, 20000.0), Currency::Cny)
        .to(Currency::Usd, Fx::new(7.2));
    assert!((conclusion_usd.low - 2083.33).abs() < 0.005);
    assert!((conclusion_usd.high - 2777.78).abs() < 0.005);
}

#[test]
fn aws_lines_at_catalog_prices() {
    let e = est("s004-aws", &s004());
    // c5.xlarge (4 vCPU, 8 GiB): 0.17 $/h × 730 h = 124.10
    assert!(close(e.lines[0].quantity.low, 730.0));
    assert_range(line(&e, 0), 124.10, 124.10);
    // self-managed PostgreSQL on c5.2xlarge (8 vCPU, 16 GiB): 0.34 × 730 = 248.20
    assert_range(line(&e, 1), 248.20, 248.20);
    // its EBS gp3 disk: db_gb 100 × 0.08 $/GB-month = 8.00
    assert!(close(e.lines[2].quantity.high, 100.0));
    assert_range(line(&e, 2), 8.0, 8.0);
    // S3 Standard: 500 GB × 0.023 = 11.50
    assert_range(line(&e, 3), 11.50, 11.50);
    // egress: 1,000 GB − 100 GB free = 900 GB billable × 0.09 = 81.00
    assert!(close(e.lines[4].quantity.high, 1000.0));
    assert!(close(e.lines[4].billable.high, 900.0));
    assert_range(line(&e, 4), 81.0, 81.0);
    // total: 124.10 + 248.20 + 8.00 + 11.50 + 81.00 = 472.80
    assert_range(e.monthly_usd, 472.80, 472.80);
    assert!(!e.is_lower_bound());
    // in yuan at the seed's 7.2: 472.80 × 7.2 = 3,404.16
    let at72 = est(
        "s004-aws",
        &Scenario {
            fx_rate: 7.2,
            ..s004()
        },
    );
    assert_range(at72.monthly_cny, 3404.16, 3404.16);
}

#[test]
fn aws_audit_flags_every_line_against_the_seed() {
    let a = audit_of("s004-aws", &s004());
    let diff = |i: usize| {
        a.lines
            .iter()
            .find(|l| l.index == i)
            .and_then(|l| l.diff)
            .unwrap_or_else(|| panic!("line {i}"))
    };
    // compute: (124.10 − 250) ÷ 250 = −0.5036
    assert!(close(diff(0), -0.5036), "{}", diff(0));
    // PostgreSQL VM alone: (248.20 − 450) ÷ 450 = −0.448444…
    assert!((diff(1) + 0.448444).abs() < 1e-6, "{}", diff(1));
    // S3: (11.50 − 75) ÷ 75 = −0.846666…
    assert!((diff(3) + 0.846667).abs() < 1e-6, "{}", diff(3));
    // egress: (81 − 105) ÷ 105 = −0.228571…
    assert!((diff(4) + 0.228571).abs() < 1e-6, "{}", diff(4));
    // the EBS line carries no seed figure (the seed's $400–500 covers the database)
    assert_eq!(a.lines_with_figure, 4);
    assert_eq!(a.lines_without_figure, 1);
    assert!(a.lines.iter().all(|l| l.flagged && l.note.is_some()));
    // catalog vs stated: (472.80 − 880) ÷ 880 = −0.462727…
    assert!((a.catalog_vs_stated.unwrap() + 0.462727).abs() < 1e-6);
    assert!(a.flagged());
}

#[test]
fn gcp_lines_at_catalog_prices() {
    let e = est("s004-gcp", &s004());
    // c2d-highcpu-4: 0.149924 × 730 = 109.44452
    assert_range(line(&e, 0), 109.44452, 109.44452);
    // c2d-highcpu-8 for self-managed PostgreSQL: 0.299848 × 730 = 218.88904
    assert_range(line(&e, 1), 218.88904, 218.88904);
    // pd-balanced: 100 GB × 0.10 = 10.00
    assert_range(line(&e, 2), 10.0, 10.0);
    // Cloud Storage Standard: 500 × 0.020 = 10.00
    assert_range(line(&e, 3), 10.0, 10.0);
    // Premium tier egress: 1,000 × 0.12 = 120.00 (no free allowance)
    assert_range(line(&e, 4), 120.0, 120.0);
    // 109.44452 + 218.88904 + 10 + 10 + 120 = 468.33356
    assert_range(e.monthly_usd, 468.33356, 468.33356);
}

#[test]
fn azure_lines_at_catalog_prices() {
    let e = est("s004-azure", &s004());
    // F4s_v2 in West US, the database's region (one region per plan): 0.212 × 730 = 154.76
    assert_range(line(&e, 0), 154.76, 154.76);
    // Flexible Server GP_Standard_D8s_v3: 0.78 × 730 = 569.40
    assert_range(line(&e, 1), 569.40, 569.40);
    // its storage, in the server's region (West US; audit 2026-12): 100 GB × 0.138 = 13.80
    assert_range(line(&e, 2), 13.80, 13.80);
    // Blob Hot LRS, West US: 500 × 0.0208 = 10.40
    assert_range(line(&e, 3), 10.40, 10.40);
    // egress: (1,000 − 100 free) × 0.087 = 78.30
    assert_range(line(&e, 4), 78.30, 78.30);
    // 154.76 + 569.40 + 13.80 + 10.40 + 78.30 = 826.66 (793.87 with East US compute and Blob)
    assert_range(e.monthly_usd, 826.66, 826.66);
    // the managed database line is the only one above the seed: (569.40 − 470) ÷ 470 = +0.211489…
    let a = audit_of("s004-azure", &s004());
    let db = a.lines.iter().find(|l| l.index == 1).unwrap();
    assert!((db.diff.unwrap() - 0.211489).abs() < 1e-6, "{:?}", db.diff);
}

#[test]
fn alibaba_lines_at_catalog_prices_in_yuan() {
    let e = est("s004-alibaba", &s004());
    // ECS 4C8G and PolarDB 8C16G have no citable price: the seed's own figures
    assert_range(line(&e, 0), 800.0, 1200.0);
    assert_range(line(&e, 1), 1600.0, 2000.0);
    // OSS Standard: 500 × 0.12 = 60
    assert_range(line(&e, 2), 60.0, 60.0);
    // OSS egress: 1,000 × 0.25–0.50 = 250–500
    assert_range(line(&e, 3), 250.0, 500.0);
    // 800 + 1,600 + 60 + 250 = 2,710 and 1,200 + 2,000 + 60 + 500 = 3,760
    assert_range(e.monthly_cny, 2710.0, 3760.0);
    let a = audit_of("s004-alibaba", &s004());
    assert_eq!(a.currency, Currency::Cny);
    let flagged = flagged_lines(&a);
    // only storage is off by more than 10 %: (60 − 300) ÷ 300 = −0.80;
    // egress (375 − 400) ÷ 400 = −0.0625 stays under the threshold
    assert_eq!(flagged, vec![2]);
    let egress = a.lines.iter().find(|l| l.index == 3).unwrap();
    assert!(close(egress.diff.unwrap(), -0.0625));
}

#[test]
fn alibaba_plan_in_dollars_at_the_reference_rate_and_at_the_seeds_7_2() {
    // reference rate 6.7686: 2,710 ÷ 6.7686 = 400.378…, 3,760 ÷ 6.7686 = 555.506…
    // (6.7686 × 400 = 2,707.44, remainder 2.56 ÷ 6.7686 = 0.378;
    //  6.7686 × 555 = 3,756.573, remainder 3.427 ÷ 6.7686 = 0.506)
    let e = est("s004-alibaba", &s004());
    assert_eq!(s004().fx_rate, 6.7686);
    let usd = e.monthly(Currency::Usd);
    assert!((usd.low - 400.378).abs() < 0.001, "{usd:?}");
    assert!((usd.high - 555.506).abs() < 0.001, "{usd:?}");
    assert!(close(usd.low, 2710.0 / 6.7686) && close(usd.high, 3760.0 / 6.7686));
    // the seed's 7.2: 2,710 ÷ 7.2 = 376.389 (7.2 × 376 = 2,707.2, 2.8 ÷ 7.2 = 0.389);
    // 3,760 ÷ 7.2 = 522.222 (7.2 × 522 = 3,758.4, 1.6 ÷ 7.2 = 0.222)
    let e72 = est(
        "s004-alibaba",
        &Scenario {
            fx_rate: 7.2,
            ..s004()
        },
    );
    let usd72 = e72.monthly(Currency::Usd);
    assert!((usd72.low - 376.389).abs() < 0.001, "{usd72:?}");
    assert!((usd72.high - 522.222).abs() < 0.001, "{usd72:?}");
    // the yuan total does not move with the rate
    assert_eq!(e72.monthly_cny, e.monthly_cny);
}

#[test]
fn age_on_aws_and_gcp_is_self_managed_and_managed_on_azure_and_alibaba() {
    for id in ["s004-aws", "s004-gcp"] {
        let p = plan(id);
        assert!(
            !p.lines.iter().any(|l| {
                let s = l.price.as_str();
                s.starts_with("aws-rds") || s.starts_with("gcp-cloud-sql")
            }),
            "{id} must not price the managed service, which has no AGE"
        );
        let e = est(id, &s004());
        // the PostgreSQL line is a VM, priced by the hour
        assert_eq!(e.lines[1].category, Category::Compute, "{id}");
        let note = p.lines[1].audit_note.as_ref().expect("audit note");
        assert!(note.en.contains("AGE") && note.zh.contains("AGE"), "{id}");
        assert!(note.en.contains("self-managed"), "{id}");
    }
    for id in ["s004-azure", "s004-alibaba"] {
        let e = est(id, &s004());
        assert_eq!(e.lines[1].category, Category::Database, "{id}");
    }
}

#[test]
fn the_china_network_stage_counts_only_for_users_in_china() {
    let china = s004();
    let global = Scenario {
        region: Region::Global,
        ..s004()
    };
    // AWS from China: network 150–300 ms + database "<5ms" (counted as 5) = 155–305 ms
    let lat = est("s004-aws", &china).latency.expect("latency");
    assert_eq!(lat.stages.len(), 2);
    assert_eq!(lat.stages[0].stage, Stage::Network);
    assert!(close(lat.total_ms.low, 155.0) && close(lat.total_ms.high, 305.0));
    assert_eq!(lat.target_ms, 200.0);
    // 155 < 200 < 305: it may or may not meet §1.2's "< 200ms"
    assert_eq!(lat.meets, Meets::Maybe);
    // the seed's own claim (§1.2 / §2.3 "所有平台均满足系统低延迟（< 200ms）") is shown beside it
    assert_eq!(lat.stated_ms, Some(Range::point(200.0)));
    // users outside China: only the database stage, 5 ms
    let lat = est("s004-aws", &global).latency.expect("latency");
    assert_eq!(lat.stages.len(), 1);
    assert_eq!(lat.stages[0].stage, Stage::Database);
    assert!(close(lat.total_ms.low, 5.0) && close(lat.total_ms.high, 5.0));
    assert_eq!(lat.meets, Meets::Yes);
    // GCP from China: 200–350 + 3 = 203–353 ms, above 200 even at best
    let lat = est("s004-gcp", &china).latency.unwrap();
    assert!(close(lat.total_ms.low, 203.0) && close(lat.total_ms.high, 353.0));
    assert_eq!(lat.meets, Meets::No);
    // Azure from China: 180–280 + 5 = 185–285 ms
    let lat = est("s004-azure", &china).latency.unwrap();
    assert!(close(lat.total_ms.low, 185.0) && close(lat.total_ms.high, 285.0));
    // Alibaba from China: 10–50 + 2 = 12–52 ms
    let lat = est("s004-alibaba", &china).latency.unwrap();
    assert!(close(lat.total_ms.low, 12.0) && close(lat.total_ms.high, 52.0));
    assert_eq!(lat.meets, Meets::Yes);
    // and 2 ms outside China
    let lat = est("s004-alibaba", &global).latency.unwrap();
    assert!(close(lat.total_ms.high, 2.0));
}

#[test]
fn mvp_is_a_lower_bound_with_known_lines_priced() {
    let e = est("s004-mvp", &s004());
    // FC execution time (GB-s) and PolarDB have no citable price
    assert!(e.is_lower_bound());
    assert_eq!(e.unknown_lines, vec![1, 2]);
    // FC invocations: 1,000,000 requests = 1 M × ¥1.33 = ¥1.33
    assert_range(line(&e, 0), 1.33, 1.33);
    // the GB-s quantity is still computed: 1 M requests × 500,000 GB-s per M (0.5 GB × 1 s each)
    assert!(close(e.lines[1].quantity.high, 500_000.0));
    // OSS: 500 × 0.12 = ¥60; CDN: 1,000 GB × 0.24 = ¥240
    assert_range(line(&e, 3), 60.0, 60.0);
    assert_range(line(&e, 4), 240.0, 240.0);
    // at least 1.33 + 60 + 240 = ¥301.33
    assert_range(e.monthly_cny, 301.33, 301.33);
    // twice the requests: 2 M × 1.33 = ¥2.66, the fixed PolarDB line unchanged (still unknown)
    let e2 = est(
        "s004-mvp",
        &Scenario {
            requests: 2_000_000.0,
            ..s004()
        },
    );
    assert_range(line(&e2, 0), 2.66, 2.66);
    assert!(close(e2.lines[1].quantity.high, 1_000_000.0));
    assert_eq!(e2.lines[2].subtotal, None);
    // a price override for FC execution makes it count: 500,000 × ¥0.0001 = ¥50
    let mut s = s004();
    s.overrides
        .insert("alibaba-function-compute-gb-second".into(), 0.0001);
    let e3 = est("s004-mvp", &s);
    assert_range(line(&e3, 1), 50.0, 50.0);
    assert_eq!(e3.unknown_lines, vec![2]);
    // the seed states no MVP total
    assert!(plan("s004-mvp").seed_total.is_none());
}

#[test]
fn k8s_layout_reuses_the_alibaba_unit_prices_and_prices_the_lb_and_ack() {
    let e = est("s004-k8s", &s004());
    // every line is priced: the load balancer and the ACK fee have list sources now
    assert!(e.unknown_lines.is_empty());
    // CLB slb.s1.small: instance fee 0.02 + specification fee 0.10 = ¥0.12 an hour,
    // always on: 0.12 × 730 = ¥87.60
    assert_range(line(&e, 0), 87.6, 87.6);
    // ACK Pro cluster management: ¥0.64 an hour × 730 = ¥467.20
    assert_range(line(&e, 1), 467.2, 467.2);
    // 3 worker nodes × ¥800–1,200 = ¥2,400–3,600
    assert_range(line(&e, 2), 2400.0, 3600.0);
    // PolarDB primary ¥1,600–2,000, two read replicas 2 × 1,600–2,000 = ¥3,200–4,000
    assert_range(line(&e, 3), 1600.0, 2000.0);
    assert_range(line(&e, 4), 3200.0, 4000.0);
    // OSS 500 × 0.12 = 60; egress 1,000 × 0.25–0.50 = 250–500
    assert_range(line(&e, 5), 60.0, 60.0);
    assert_range(line(&e, 6), 250.0, 500.0);
    // low: 87.6 + 467.2 + 2,400 + 1,600 + 3,200 + 60 + 250 = ¥8,064.80;
    // high: 87.6 + 467.2 + 3,600 + 2,000 + 4,000 + 60 + 500 = ¥10,714.80
    assert_range(e.monthly_cny, 8064.8, 10714.8);
    // the seed prices this layout nowhere
    let a = audit_of("s004-k8s", &s004());
    assert!(a.stated_total.is_none());
    assert!(a.seed_line_sum.is_none());
}

#[test]
fn every_s004_plan_is_complete_and_bilingual() {
    for id in [
        "s004-aws",
        "s004-gcp",
        "s004-azure",
        "s004-alibaba",
        "s004-mvp",
        "s004-k8s",
    ] {
        let p = plan(id);
        assert_eq!(p.workload, Workload::S004, "{id}");
        assert_eq!(p.seed, "004");
        for t in [&p.name, &p.summary]
            .into_iter()
            .chain(p.lines.iter().map(|l| &l.label))
            .chain(p.pros.iter())
            .chain(p.cons.iter())
        {
            assert!(!t.zh.trim().is_empty() && !t.en.trim().is_empty(), "{id}");
        }
        assert!(!p.pros.is_empty() && !p.cons.is_empty(), "{id}");
        assert!(p.privacy.is_some() && p.ops.is_some(), "{id}");
        // every line the seed prices explains its difference from the catalog
        for l in &p.lines {
            if l.seed_figure.is_some() {
                assert!(l.audit_note.is_some(), "{id}: {}", l.label.en);
            }
        }
        // every plan has the China network stage, tied to the China region
        assert!(
            p.latency
                .iter()
                .any(|st| st.stage == Stage::Network && st.region == Some(Region::China)),
            "{id}"
        );
    }
}
