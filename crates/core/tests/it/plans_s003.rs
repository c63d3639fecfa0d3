//! Seed 003 (Memary agent memory): the development, small, medium, large and enterprise plans,
//! checked against the seed's own figures and against catalog unit prices, with every expected
//! number worked out by hand in the comment beside it. Hours per month are 730.

use crate::common::{assert_range, audit_of, catalog, close, est, flagged_lines, plan, preset};
use deploycalc_core::engine::audit::{Audit, LineAudit};
use deploycalc_core::engine::estimate::{CapacityStatus, Estimate, LineState, Meets};
use deploycalc_core::engine::purchase::Adjustment;
use deploycalc_core::model::money::{Currency, MoneyRange, HOURS_PER_MONTH};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{PurchaseOption, Workload};

const PLANS: [&str; 5] = [
    "s003-dev",
    "s003-small",
    "s003-medium",
    "s003-large",
    "s003-enterprise",
];

fn s003() -> Scenario {
    preset(Workload::S003)
}

/// The s003 preset with the GPU running `h` hours a day.
fn gpu_hours(h: f64) -> Scenario {
    Scenario {
        gpu_hours_per_day: h,
        ..s003()
    }
}

/// Index of the line priced by `price` in plan `id` (each record appears once per plan).
fn idx(id: &str, price: &str) -> usize {
    plan(id)
        .lines
        .iter()
        .position(|l| l.price.as_str() == price)
        .unwrap_or_else(|| panic!("{id} has no line priced by {price}"))
}

/// Subtotal of the line priced by `price`.
#[track_caller]
fn sub(e: &Estimate, price: &str) -> MoneyRange {
    let l = e
        .lines
        .iter()
        .find(|l| l.price_id.as_str() == price)
        .unwrap_or_else(|| panic!("{} has no line priced by {price}", e.plan.as_str()));
    l.subtotal.expect("known price")
}

#[track_caller]
fn point(r: MoneyRange, x: f64) {
    assert_range(r, x, x);
}

/// The audit of the line priced by `price`.
#[track_caller]
fn audit_line<'a>(a: &'a Audit, id: &str, price: &str) -> &'a LineAudit {
    let i = idx(id, price);
    a.lines
        .iter()
        .find(|l| l.index == i)
        .unwrap_or_else(|| panic!("{id}: line {price} is not audited"))
}

/// Price ids of the lines the audit flags (> 10 % from the seed's figure).
fn flagged(a: &Audit, id: &str) -> Vec<String> {
    let p = plan(id);
    flagged_lines(a)
        .into_iter()
        .map(|i| p.lines[i].price.as_str().to_string())
        .collect()
}

fn stated(id: &str) -> (f64, f64) {
    let r = plan(id)
        .seed_total
        .as_ref()
        .expect("seed total")
        .value
        .range();
    (r.low, r.high)
}

fn others(id: &str) -> Vec<(f64, f64)> {
    plan(id)
        .seed_totals_other
        .iter()
        .map(|s| {
            let r = s.value.range();
            (r.low, r.high)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// The seed's own figures

#[test]
fn small_seed_lines_add_up_to_the_seeds_141() {
    // §9.1: 60 (t3.large × 2) + 30 (FalkorDB) + 1 (S3) + 20 (LLM API) + 10 (Maps + Alpha
    // Vantage) + 20 (network: ALB 16 from §8.3 + traffic 4) + 0 (Grafana Cloud Free) = 141;
    // the seed's stated total: "~$141/月"
    let a = audit_of("s003-small", &s003());
    point(a.seed_line_sum.expect("line sum"), 141.0);
    assert_eq!(stated("s003-small"), (141.0, 141.0));
    assert_eq!(a.lines_vs_stated, Some(0.0));
    assert_eq!((a.lines_with_figure, a.lines_without_figure), (8, 0));
    assert_eq!(a.currency, Currency::Usd);
}

#[test]
fn medium_seed_lines_add_up_to_the_seeds_1802() {
    // §9.2: 550 + 120 + 650 + 10 + 70 + 150 + 80 + (16 + 44 = the network line's 60) + 75
    // + (25 + 2 = CloudWatch's 27) + 10 = 1,802; the seed's stated total: "~$1,802/月"
    let a = audit_of("s003-medium", &gpu_hours(8.0));
    point(a.seed_line_sum.expect("line sum"), 1802.0);
    assert_eq!(stated("s003-medium"), (1802.0, 1802.0));
    assert_eq!(a.lines_vs_stated, Some(0.0));
    assert_eq!((a.lines_with_figure, a.lines_without_figure), (13, 0));
}

#[test]
fn large_seed_lines_add_up_to_the_seeds_10400() {
    // §9.3: 3,500 + 1,200 + 2,500 + 100 + 500 + 500 + 500 + (16 + 584 = the network line's
    // 600) + 200 + 400 + 150 + 200 + 50 = 10,400; the seed's stated total: "~$10,400/月"
    let a = audit_of("s003-large", &s003());
    point(a.seed_line_sum.expect("line sum"), 10400.0);
    assert_eq!(stated("s003-large"), (10400.0, 10400.0));
    assert_eq!(a.lines_vs_stated, Some(0.0));
    assert_eq!((a.lines_with_figure, a.lines_without_figure), (14, 0));
}

#[test]
fn dev_records_its_stated_total_beside_the_catalog_total() {
    // §9.4 "开发/测试 … $0-20"; §10.1 "成本：$0" (no API calls)
    assert_eq!(stated("s003-dev"), (0.0, 20.0));
    assert_eq!(others("s003-dev"), vec![(0.0, 0.0)]);
    let a = audit_of("s003-dev", &s003());
    let st = a.stated_total.as_ref().expect("stated").value.range();
    assert_eq!((st.low, st.high), (0.0, 20.0));
    assert_eq!(a.other_totals.len(), 1);
    // catalog: machine 0 + API calls 10–20 = 10–20
    assert_range(a.catalog_total, 10.0, 20.0);
    // the seed's parts, $0 + ~$10–20, say 10–20 where its total says 0–20:
    // midpoints (15 − 10) ÷ 10 = +50 %
    assert_range(a.seed_line_sum.expect("line sum"), 10.0, 20.0);
    assert!(close(a.lines_vs_stated.expect("diff"), 0.5));
    assert!(a.flagged());
    // switching the API calls off gives §10.1's $0
    let mut off = s003();
    off.components.insert("s003-dev-api".into(), false);
    let e = est("s003-dev", &off);
    assert_range(e.monthly_usd, 0.0, 0.0);
    assert_eq!(e.lines[1].state, LineState::Excluded);
}

#[test]
fn enterprise_is_the_seeds_floor_and_reads_at_least() {
    // §9.4 "企业级 | 1M+ | 私有化部署 + 混合云 | $15,000+": a lower bound, no lines
    assert_eq!(stated("s003-enterprise"), (15000.0, 15000.0));
    let e = est("s003-enterprise", &s003());
    // floor 15,000 + the unknown rest: "at least $15,000"
    assert_range(e.monthly_usd, 15000.0, 15000.0);
    assert!(e.is_lower_bound());
    assert_eq!(e.unknown_lines, vec![1]);
    let a = audit_of("s003-enterprise", &s003());
    assert_range(a.catalog_total, 15000.0, 15000.0);
    assert!(a.catalog_is_lower_bound);
    point(a.seed_line_sum.expect("line sum"), 15000.0);
    assert_eq!(a.catalog_vs_stated, Some(0.0));
    assert_eq!((a.lines_with_figure, a.lines_without_figure), (1, 1));
    // the 1M+ floor is above the large tier's $10,400 and its other totals
    assert!(e.monthly_usd.low > 10400.0);
}

// ---------------------------------------------------------------------------------------
// Catalog prices, line by line

#[test]
fn small_at_catalog_prices_line_by_line() {
    assert_eq!(HOURS_PER_MONTH, 730.0);
    let s = s003();
    // the preset is the small tier: S3 10 GB, 50 GB traffic (§9.1, §8.1)
    assert_eq!((s.storage_gb, s.egress_gb), (10.0, 50.0));
    let e = est("s003-small", &s);
    // t3.large × 2: 2 × 0.0832 × 730 = 121.472
    point(sub(&e, "aws-ec2-t3-large"), 121.472);
    // FalkorDB self-hosted, the seed's own $30
    point(sub(&e, "falkordb-self-hosted-4gb-seed003"), 30.0);
    // S3 Standard, 10 GB + one backup copy: 20 × 0.023 = 0.46
    point(sub(&e, "aws-s3-standard"), 0.46);
    // LLM API 20, Maps + Alpha Vantage 10 (the seed's budgets)
    point(sub(&e, "openai-perplexity-llm-seed003-small"), 20.0);
    point(sub(&e, "google-maps-alpha-vantage-seed003-small"), 10.0);
    // ALB: 0.0225 × 730 = 16.425
    point(sub(&e, "aws-elb-alb-hour"), 16.425);
    // egress: 50 GB, all inside the 100 GB free each month → 0
    point(sub(&e, "aws-data-transfer-out-internet"), 0.0);
    point(sub(&e, "grafana-cloud-free"), 0.0);
    // total: 121.472 + 30 + 0.46 + 20 + 10 + 16.425 + 0 + 0 = 198.357
    point(e.monthly_usd, 198.357);
    assert!(!e.is_lower_bound());

    let a = audit_of("s003-small", &s);
    // t3.large: (121.472 − 60) ÷ 60 = +102.45 %, the example finding
    let t3 = audit_line(&a, "s003-small", "aws-ec2-t3-large");
    assert!(close(t3.diff.expect("diff"), 61.472 / 60.0), "{t3:?}");
    assert!(t3.flagged);
    assert!(t3.note.as_ref().expect("note").en.contains("121.47"));
    // S3: (0.46 − 1) ÷ 1 = −54 %
    let s3 = audit_line(&a, "s003-small", "aws-s3-standard");
    assert!(close(s3.diff.expect("diff"), -0.54));
    // egress: (0 − 4) ÷ 4 = −100 %
    let eg = audit_line(&a, "s003-small", "aws-data-transfer-out-internet");
    assert!(close(eg.diff.expect("diff"), -1.0));
    // ALB: (16.425 − 16) ÷ 16 = +2.66 %, within 10 %
    let alb = audit_line(&a, "s003-small", "aws-elb-alb-hour");
    assert!(close(alb.diff.expect("diff"), 0.0265625));
    assert!(!alb.flagged);
    // Grafana: the seed says 0 and the catalog says 0: nothing to flag
    let gr = audit_line(&a, "s003-small", "grafana-cloud-free");
    assert_eq!((gr.diff, gr.flagged), (None, false));
    assert_eq!(
        flagged(&a, "s003-small"),
        vec![
            "aws-ec2-t3-large",
            "aws-s3-standard",
            "aws-data-transfer-out-internet"
        ]
    );
    // total: (198.357 − 141) ÷ 141 = +40.68 %
    assert!(close(a.catalog_vs_stated.expect("diff"), 57.357 / 141.0));
}

#[test]
fn medium_gpu_line_at_the_seeds_8_hours_and_at_the_preset() {
    // §9.2 "g4dn.xlarge (T4) × 8小时/天 $120"
    let gpu = "aws-ec2-g4dn-xlarge";
    // 8 h/day: 0.526 × 730 × 8/24 = 127.99333 (the 0.526 × 8 × 30 = 126.24 uses a
    // 30-day month; 730 h is 30.42 days)
    let at8 = est("s003-medium", &gpu_hours(8.0));
    point(sub(&at8, gpu), 0.526 * 730.0 * 8.0 / 24.0);
    assert!(close(sub(&at8, gpu).low, 127.993_333_333));
    // 24 h/day: 0.526 × 730 = 383.98
    let at24 = est("s003-medium", &gpu_hours(24.0));
    point(sub(&at24, gpu), 383.98);
    // only the GPU line moves: 383.98 − 127.99333 = 255.98667
    assert!(close(
        at24.monthly_usd.low - at8.monthly_usd.low,
        383.98 - 127.993_333_333
    ));
    // audit: at 8 h (127.99333 − 120) ÷ 120 = +6.66 %, not flagged;
    // at 24 h (383.98 − 120) ÷ 120 = +219.98 %, flagged
    let a8 = audit_of("s003-medium", &gpu_hours(8.0));
    let g8 = audit_line(&a8, "s003-medium", gpu);
    assert!(close(g8.diff.expect("diff"), 7.993_333_333 / 120.0));
    assert!(!g8.flagged);
    let a24 = audit_of("s003-medium", &gpu_hours(24.0));
    let g24 = audit_line(&a24, "s003-medium", gpu);
    assert!(close(g24.diff.expect("diff"), 263.98 / 120.0));
    assert!(g24.flagged);
    // The s003 preset runs GPUs 24 h a day, which misstates this tier's 8 h (reported to the
    // engine owner); whichever it becomes, the default reproduces one of the two figures.
    let p = s003().gpu_hours_per_day;
    let expected = if p == 8.0 {
        127.993_333_333
    } else {
        assert_eq!(p, 24.0, "the s003 preset's GPU hours per day");
        383.98
    };
    assert!(close(sub(&est("s003-medium", &s003()), gpu).low, expected));
    // the large tier's GPUs run 24×7 whatever the setting: 4 × 0.526 × 730 = 1,535.92
    point(sub(&est("s003-large", &gpu_hours(8.0)), gpu), 1535.92);
    point(sub(&est("s003-large", &gpu_hours(24.0)), gpu), 1535.92);
}

#[test]
fn medium_at_catalog_prices_line_by_line() {
    let s = gpu_hours(8.0);
    assert_eq!(s.log_gb, 50.0, "§7.3: ~50 GB of logs a month at 10K users");
    let e = est("s003-medium", &s);
    // r5.2xlarge × 3: 3 × 0.504 × 730 = 1,103.76
    point(sub(&e, "aws-ec2-r5-2xlarge"), 1103.76);
    // g4dn.xlarge 8 h/day: 127.99333 (above)
    point(sub(&e, "neo4j-aura-enterprise-16gb-seed003"), 650.0);
    // S3 100 GB + one backup copy: 200 × 0.023 = 4.60
    point(sub(&e, "aws-s3-standard"), 4.6);
    point(sub(&e, "aws-elasticache-redis-5gb-seed003"), 70.0);
    point(sub(&e, "openai-perplexity-llm-seed003-medium"), 150.0);
    point(sub(&e, "google-maps-alpha-vantage-seed003-medium"), 80.0);
    point(sub(&e, "aws-elb-alb-hour"), 16.425);
    // egress 500 GB, 100 free: (500 − 100) × 0.09 = 36
    point(sub(&e, "aws-data-transfer-out-internet"), 36.0);
    // Datadog Pro 5 hosts × 15–18 = 75–90
    assert_range(sub(&e, "datadog-infrastructure-pro"), 75.0, 90.0);
    // CloudWatch Logs: 50 GB × 0.50 = 25 ingestion, 50 GB × 0.03 = 1.50 storage
    point(sub(&e, "aws-cloudwatch-logs-ingestion"), 25.0);
    point(sub(&e, "aws-cloudwatch-logs-storage"), 1.5);
    point(sub(&e, "aws-backup-100gb-seed003"), 10.0);
    // total low: 1,103.76 + 127.99333 + 650 + 4.6 + 70 + 150 + 80 + 16.425 + 36 + 75 + 25
    //   + 1.5 + 10 = 2,350.27833; high: + 15 (Datadog 90) = 2,365.27833
    assert_range(e.monthly_usd, 2_350.278_333_333, 2_365.278_333_333);

    let a = audit_of("s003-medium", &s);
    // r5: (1,103.76 − 550) ÷ 550 = +100.68 %
    let r5 = audit_line(&a, "s003-medium", "aws-ec2-r5-2xlarge");
    assert!(close(r5.diff.expect("diff"), 553.76 / 550.0));
    // egress: (36 − 44) ÷ 44 = −18.18 %
    let eg = audit_line(&a, "s003-medium", "aws-data-transfer-out-internet");
    assert!(close(eg.diff.expect("diff"), -8.0 / 44.0));
    // CloudWatch storage: (1.5 − 2) ÷ 2 = −25 % (the seed rounds $26.5 to $27)
    let cw = audit_line(&a, "s003-medium", "aws-cloudwatch-logs-storage");
    assert!(close(cw.diff.expect("diff"), -0.25));
    // Datadog: midpoint 82.5 vs 75 is exactly +10 %: not above the threshold
    let dd = audit_line(&a, "s003-medium", "datadog-infrastructure-pro");
    assert!(close(dd.diff.expect("diff"), 0.1));
    assert!(!dd.flagged);
    assert_eq!(
        flagged(&a, "s003-medium"),
        vec![
            "aws-ec2-r5-2xlarge",
            "aws-s3-standard",
            "aws-data-transfer-out-internet",
            "aws-cloudwatch-logs-storage"
        ]
    );
    // total vs 1,802: midpoint 2,357.77833 → +30.84 %
    assert!(close(
        a.catalog_vs_stated.expect("diff"),
        (2_357.778_333_333 - 1802.0) / 1802.0
    ));
}

#[test]
fn large_at_catalog_prices_line_by_line() {
    let e = est("s003-large", &s003());
    // 10–20 r5.2xlarge nodes: 10 × 0.504 × 730 = 3,679.20; 20 × = 7,358.40
    assert_range(sub(&e, "aws-ec2-r5-2xlarge"), 3679.2, 7358.4);
    // 4 × g4dn.xlarge 24×7: 4 × 0.526 × 730 = 1,535.92
    point(sub(&e, "aws-ec2-g4dn-xlarge"), 1535.92);
    point(sub(&e, "neo4j-distributed-5-nodes-seed003"), 2500.0);
    // S3 1 TB + one backup copy: 2,000 × 0.023 = 46
    point(sub(&e, "aws-s3-standard"), 46.0);
    point(sub(&e, "aws-elb-alb-hour"), 16.425);
    // CloudFront 5 TB: 5,000 × 0.085 = 425
    point(sub(&e, "aws-cloudfront-us-first-10tb"), 425.0);
    // self-run Prometheus + Grafana: §7.2's $100–200
    assert_range(
        sub(&e, "self-prometheus-grafana-large-seed003"),
        100.0,
        200.0,
    );
    // low: 3,679.20 + 1,535.92 + 2,500 + 46 + 500 + 500 + 500 + 16.425 + 425 + 100 + 400
    //   + 150 + 200 + 50 = 10,602.545
    // high: 7,358.40 + 1,535.92 + 2,500 + 46 + 1,500 + 16.425 + 425 + 200 + 400 + 150 + 200
    //   + 50 = 14,381.745
    assert_range(e.monthly_usd, 10602.545, 14381.745);

    let a = audit_of("s003-large", &s003());
    // r5: midpoint 5,518.80 vs 3,500 → +57.68 %
    let r5 = audit_line(&a, "s003-large", "aws-ec2-r5-2xlarge");
    assert!(close(r5.diff.expect("diff"), 2018.8 / 3500.0));
    // GPU: (1,535.92 − 1,200) ÷ 1,200 = +27.99 %
    let g = audit_line(&a, "s003-large", "aws-ec2-g4dn-xlarge");
    assert!(close(g.diff.expect("diff"), 335.92 / 1200.0));
    // CloudFront: (425 − 584) ÷ 584 = −27.23 %
    let cf = audit_line(&a, "s003-large", "aws-cloudfront-us-first-10tb");
    assert!(close(cf.diff.expect("diff"), -159.0 / 584.0));
    // monitoring: midpoint 150 vs 200 = −25 %
    let mon = audit_line(&a, "s003-large", "self-prometheus-grafana-large-seed003");
    assert!(close(mon.diff.expect("diff"), -0.25));
    assert_eq!(
        flagged(&a, "s003-large"),
        vec![
            "aws-ec2-r5-2xlarge",
            "aws-ec2-g4dn-xlarge",
            "aws-s3-standard",
            "aws-cloudfront-us-first-10tb",
            "self-prometheus-grafana-large-seed003"
        ]
    );
}

// ---------------------------------------------------------------------------------------
// The seed's optimisation levers, as scenario options

#[test]
fn medium_savings_plan_cuts_compute_and_gpu_only() {
    // §9.2 "使用 Savings Plans（节省 20-30%）": the seed rule, compute and GPU categories
    let base = gpu_hours(8.0);
    let sp = Scenario {
        purchase_option: PurchaseOption::SavingsPlan1y,
        ..base.clone()
    };
    let (e0, e1) = (est("s003-medium", &base), est("s003-medium", &sp));
    // r5: 1,103.76 × 0.70 = 772.632; × 0.80 = 883.008
    assert_range(sub(&e1, "aws-ec2-r5-2xlarge"), 772.632, 883.008);
    // GPU 8 h: 127.99333 × 0.70 = 89.59533; × 0.80 = 102.39467
    assert_range(
        sub(&e1, "aws-ec2-g4dn-xlarge"),
        127.993_333_333 * 0.7,
        127.993_333_333 * 0.8,
    );
    let r5 = &e1.lines[idx("s003-medium", "aws-ec2-r5-2xlarge")];
    assert!(r5.adjustments.contains(&Adjustment::Purchase {
        option: PurchaseOption::SavingsPlan1y,
        sourced: false
    }));
    // everything else is untouched (cache, managed DB, storage, APIs, network, monitoring)
    for (l0, l1) in e0.lines.iter().zip(&e1.lines) {
        let p = l0.price_id.as_str();
        if p != "aws-ec2-r5-2xlarge" && p != "aws-ec2-g4dn-xlarge" {
            assert_eq!(l0.subtotal, l1.subtotal, "{p}");
        }
    }
    // total: low falls by 0.30 × (1,103.76 + 127.99333) = 369.526,
    // high by 0.20 × 1,231.75333 = 246.35067
    assert!(close(e0.monthly_usd.low - e1.monthly_usd.low, 369.526));
    assert!(close(
        e0.monthly_usd.high - e1.monthly_usd.high,
        246.350_666_667
    ));
    // 2,350.27833 − 369.526 = 1,980.75233; 2,365.27833 − 246.35067 = 2,118.92767
    assert_range(e1.monthly_usd, 1_980.752_333_333, 2_118.927_666_667);
}

#[test]
fn medium_spot_gpu_on_top_of_the_savings_plan() {
    // §9.2 "GPU Spot 实例（节省 60-70%）": all GPU hours on spot
    let s = Scenario {
        purchase_option: PurchaseOption::SavingsPlan1y,
        spot_share: 100.0,
        ..gpu_hours(8.0)
    };
    let e = est("s003-medium", &s);
    // spot = on demand × 0.30–0.40 = 0.1578–0.2104 $/h; 730 × 8/24 = 243.333 h
    // → 243.333 × 0.1578 = 38.398; × 0.2104 = 51.19733
    assert_range(
        sub(&e, "aws-ec2-g4dn-xlarge"),
        243.333_333_333 * 0.1578,
        243.333_333_333 * 0.2104,
    );
    // spot never touches the CPU instances: still the savings plan's 772.632–883.008
    assert_range(sub(&e, "aws-ec2-r5-2xlarge"), 772.632, 883.008);
    // total: 772.632 + 38.398 + (650 + 4.6 + 70 + 150 + 80 + 16.425 + 36 + 75 + 25 + 1.5
    //   + 10 = 1,118.525) = 1,929.555; high 883.008 + 51.19733 + 1,133.525 = 2,067.73033
    assert_range(e.monthly_usd, 1929.555, 2_067.730_333_333);
    // still above the seed's optimised $1,200–1,400 (recorded beside it), because the seed's
    // base compute is half the list price
    assert!(others("s003-medium").contains(&(1200.0, 1400.0)));
    assert!(e.monthly_usd.low > 1400.0);
    let base = est("s003-medium", &gpu_hours(8.0));
    assert!(
        e.monthly_usd.high < base.monthly_usd.low,
        "the levers lower the total"
    );
}

#[test]
fn large_spot_share_on_the_gpu_cluster_only() {
    // §9.3 "4x g4dn.xlarge（24x7）+ Spot $1,200"
    let half = Scenario {
        spot_share: 50.0,
        ..s003()
    };
    let e = est("s003-large", &half);
    // 1,535.92 × (0.5 + 0.5 × 0.30) = 998.348; × (0.5 + 0.5 × 0.40) = 1,075.144
    assert_range(sub(&e, "aws-ec2-g4dn-xlarge"), 998.348, 1075.144);
    assert_range(sub(&e, "aws-ec2-r5-2xlarge"), 3679.2, 7358.4);
    // a third on spot: 1,535.92 × (1 − 0.7/3) = 1,177.53867; × (1 − 0.6/3) = 1,228.736,
    // midpoint 1,203.13733: within 10 % of the seed's $1,200, so no longer flagged
    let third = Scenario {
        spot_share: 100.0 / 3.0,
        ..s003()
    };
    let g = sub(&est("s003-large", &third), "aws-ec2-g4dn-xlarge");
    assert_range(g, 1535.92 * (1.0 - 0.7 / 3.0), 1228.736);
    let a = audit_of("s003-large", &third);
    let gl = audit_line(&a, "s003-large", "aws-ec2-g4dn-xlarge");
    assert!(close(gl.diff.expect("diff"), 3.137_333_333 / 1200.0));
    assert!(!gl.flagged);
}

#[test]
fn large_three_year_reserved_cuts_compute_gpu_and_cache_by_40_percent() {
    // §9.3 "3 年 Reserved Instances（节省 40%）"
    let ri = Scenario {
        purchase_option: PurchaseOption::Reserved3y,
        ..s003()
    };
    let (e0, e1) = (est("s003-large", &s003()), est("s003-large", &ri));
    // r5: 3,679.20 × 0.6 = 2,207.52; 7,358.40 × 0.6 = 4,415.04
    assert_range(sub(&e1, "aws-ec2-r5-2xlarge"), 2207.52, 4415.04);
    // GPU: 1,535.92 × 0.6 = 921.552
    point(sub(&e1, "aws-ec2-g4dn-xlarge"), 921.552);
    // ElastiCache reserved nodes: 500 × 0.6 = 300
    point(sub(&e1, "aws-elasticache-cluster-50gb-seed003"), 300.0);
    let moved = [
        "aws-ec2-r5-2xlarge",
        "aws-ec2-g4dn-xlarge",
        "aws-elasticache-cluster-50gb-seed003",
    ];
    for (l0, l1) in e0.lines.iter().zip(&e1.lines) {
        if !moved.contains(&l0.price_id.as_str()) {
            // Neo4j (not AWS), S3, APIs, network, self-run tools, WAF, backup
            assert_eq!(l0.subtotal, l1.subtotal, "{}", l0.price_id);
        }
    }
    // low falls by 0.4 × (3,679.20 + 1,535.92 + 500) = 2,286.048 → 8,316.497
    // high by 0.4 × (7,358.40 + 1,535.92 + 500) = 3,757.728 → 10,624.017
    assert_range(e1.monthly_usd, 8316.497, 10624.017);
    // the seed's optimised $6,000–8,000 is recorded beside it; reserved instances alone do
    // not reach it (the seed also counts a self-built graph cluster, −$1,500)
    assert!(others("s003-large").contains(&(6000.0, 8000.0)));
    assert!(e1.monthly_usd.low > 8000.0);
}

#[test]
fn purchase_options_leave_the_small_tiers_seed_budgets_alone() {
    let ri = Scenario {
        purchase_option: PurchaseOption::Reserved3y,
        ..s003()
    };
    let e = est("s003-small", &ri);
    // t3.large × 2: 121.472 × 0.6 = 72.8832
    point(sub(&e, "aws-ec2-t3-large"), 72.8832);
    // FalkorDB (not AWS), S3, APIs, ALB: unchanged
    point(sub(&e, "falkordb-self-hosted-4gb-seed003"), 30.0);
    point(sub(&e, "aws-s3-standard"), 0.46);
    point(sub(&e, "aws-elb-alb-hour"), 16.425);
    // 198.357 − 0.4 × 121.472 = 198.357 − 48.5888 = 149.7682
    point(e.monthly_usd, 149.7682);
}

// ---------------------------------------------------------------------------------------
// Capacity, latency, and the plan records themselves

#[test]
fn capacity_follows_the_seeds_users_per_tier() {
    // §1.1: development 1–5 users on one machine; the preset's peak is 20
    let dev = est("s003-dev", &s003()).capacity.expect("capacity");
    assert_eq!(dev.status, CapacityStatus::CannotScale { max_users: 5.0 });
    // small: 10–50 users on 2 instances, 25 each; peak 20 → ⌈20/25⌉ = 1 ≤ 2
    let small = est("s003-small", &s003()).capacity.expect("capacity");
    assert_eq!(small.status, CapacityStatus::Ok);
    // peak 60 → ⌈60/25⌉ = 3 instances, 2 priced
    let busy = Scenario {
        peak_concurrency: 60.0,
        ..s003()
    };
    let c = est("s003-small", &busy).capacity.expect("capacity");
    assert_eq!(
        c.status,
        CapacityStatus::NeedsMore {
            needed: 3.0,
            priced: 2.0
        }
    );
}

#[test]
fn latency_is_the_agents_typical_two_seconds() {
    // §1.3 "推理延迟：通常 <2 秒" against the preset's 2,000 ms target
    for id in PLANS {
        let l = est(id, &s003()).latency.expect("latency");
        assert_eq!((l.total_ms.low, l.total_ms.high), (2000.0, 2000.0), "{id}");
        assert!(l.stages[0].upper_bound);
        assert_eq!(l.meets, Meets::Yes, "{id}");
    }
}

#[test]
fn every_plan_is_bilingual_quoted_and_explains_its_flags() {
    assert_eq!(
        catalog()
            .plans
            .iter()
            .filter(|p| p.workload == Workload::S003)
            .count(),
        5
    );
    let both = |t: &deploycalc_core::model::vocab::I18nText| {
        !t.zh.trim().is_empty() && !t.en.trim().is_empty()
    };
    for id in PLANS {
        let p = plan(id);
        assert_eq!(p.seed, "003");
        assert!(both(&p.name) && both(&p.summary), "{id}");
        assert!(p.pros.iter().chain(&p.cons).all(both), "{id}");
        assert!(!p.pros.is_empty() && !p.cons.is_empty(), "{id}");
        let priv_ = p.privacy.as_ref().expect("privacy");
        assert!((1..=5).contains(&priv_.rating), "{id}");
        assert!(p.ops.as_ref().expect("ops").source.is_some(), "{id}");
        for l in &p.lines {
            assert!(both(&l.label), "{id}");
            if let Some(f) = &l.seed_figure {
                assert!(f.note.as_ref().is_some_and(|n| n.contains('§')), "{id}");
                assert_eq!(f.currency, Currency::Usd);
            }
            if let Some(n) = &l.audit_note {
                assert!(both(n), "{id}");
            }
        }
        // at the preset and at the seed's 8 GPU hours, every flagged line says why
        for s in [s003(), gpu_hours(8.0)] {
            let a = audit_of(id, &s);
            for la in a.lines.iter().filter(|l| l.flagged) {
                assert!(
                    la.note.is_some(),
                    "{id} line {} is flagged unexplained",
                    la.index
                );
            }
        }
    }
    // only the enterprise plan's "above the floor" line lacks a seed figure
    let missing: Vec<(&str, usize)> = PLANS
        .iter()
        .flat_map(|id| {
            plan(id)
                .lines
                .iter()
                .enumerate()
                .filter(|(_, l)| l.seed_figure.is_none())
                .map(move |(i, _)| (*id, i))
        })
        .collect();
    assert_eq!(missing, vec![("s003-enterprise", 1)]);
}
