//! The catalog browser's view-models: price table (filters, search, sort, currency,
//! normalised columns, staleness), CSV export, performance rows and the provider matrix.
//! Expected figures are worked out by hand in the comments.

use deploycalc_core::model::catalog::{
    self, Catalog, Category, Confidence, Date, PriceRecord, Provider, Support, Unit,
};

use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::vocab::{Lang, ProviderId};
use deploycalc_core::report::catalog_table::{
    is_stale, matrix_tables, perf_rows, price_csv, price_facets, price_table, source_url, Amount,
    Column, Direction, MatrixValue, PriceQuery, PriceRow, PriceTable, SubjectName,
};
use serde_json::json;

fn cat() -> &'static Catalog {
    catalog::shared().as_ref().expect("embedded catalog loads")
}

fn d(s: &str) -> Date {
    Date::parse(s).expect("test date")
}

const TODAY: &str = "2026-11-22";

fn providers() -> Vec<Provider> {
    serde_json::from_value(json!([
        {"id": "aws", "name": {"zh": "亚马逊云 AWS", "en": "AWS"}},
        {"id": "alibaba", "name": {"zh": "阿里云", "en": "Alibaba Cloud"}},
        {"id": "acme", "name": {"zh": "某公司", "en": "Acme"}}
    ]))
    .unwrap()
}

/// Five records: two USD instances (hourly and monthly), a CNY instance, a storage price and
/// an instance whose price is unknown.
fn fixture() -> Vec<PriceRecord> {
    serde_json::from_value(json!([
        {"id": "aws-gpu-box", "provider": "aws", "service": "EC2", "category": "gpu",
         "sku": "g4dn.xlarge", "region": "us-east-1",
         "specs": {"vcpu": 4, "memory_gib": 16, "gpu": {"model": "NVIDIA T4", "count": 1, "vram_gib": 16}},
         "unit": "hour", "price": 0.526, "currency": "USD",
         "source": "https://aws.amazon.com/ec2/pricing/on-demand/ (us-east-1)", "as_of": "2026-01-21",
         "confidence": "list"},
        {"id": "aws-small-monthly", "provider": "aws", "service": "Lightsail", "category": "compute",
         "sku": "2 vCPU 4 GiB", "region": "us-east-1", "specs": {"vcpu": 2, "memory_gib": 4},
         "unit": "month", "price": 73, "currency": "USD",
         "source": "a price page", "as_of": "2025-11-22", "confidence": "derived"},
        {"id": "ali-ecs", "provider": "alibaba", "service": "ECS", "category": "compute",
         "sku": "ecs.g6.large", "region": "cn-hangzhou", "specs": {"vcpu": 2, "memory_gib": 8},
         "unit": "hour", "price": 7.2, "currency": "CNY",
         "source": "seed 001 §方案B", "as_of": "2025-11-21", "confidence": "seed",
         "note": "杭州可用区的按量付费价格"},
        {"id": "aws-s3", "provider": "aws", "service": "S3", "category": "storage",
         "sku": "Standard", "region": "us-east-1", "specs": {"vcpu": 1},
         "unit": "gb_month", "price": 2.0, "currency": "USD",
         "source": "https://aws.amazon.com/s3/pricing/", "as_of": "2026-06-01", "confidence": "list"},
        {"id": "acme-unknown", "provider": "acme", "service": "Box", "category": "compute",
         "sku": "big", "specs": {"vcpu": 8, "memory_gib": 64},
         "unit": "hour", "price": null, "currency": "USD",
         "source": "seed 003 §1.1", "as_of": "2025-02-12", "confidence": "estimate",
         "retired": "2026-11-22"}
    ]))
    .unwrap()
}

fn table(q: &PriceQuery) -> PriceTable {
    price_table(
        &fixture(),
        &providers(),
        q,
        Fx::new(7.2),
        d(TODAY),
        Lang::En,
    )
}

fn ids(t: &PriceTable) -> Vec<&str> {
    t.rows.iter().map(|r| r.id.as_str()).collect()
}

fn row<'a>(t: &'a PriceTable, id: &str) -> &'a PriceRow {
    t.rows.iter().find(|r| r.id.as_str() == id).expect(id)
}

fn known(a: Amount) -> (f64, f64, Currency) {
    let m = a.known().expect("known amount");
    (m.low, m.high, m.currency)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn unit_word(u: Unit) -> String {
    u.as_str().to_string()
}

#[test]
fn g4dn_xlarge_normalises_per_vcpu_gib_and_gpu_hour() {
    let c = cat();
    let q = PriceQuery {
        search: "g4dn.xlarge".into(),
        ..PriceQuery::default()
    };
    let t = price_table(
        &c.prices,
        &c.providers,
        &q,
        Fx::new(7.2),
        c.meta.as_of,
        Lang::En,
    );
    let r = row(&t, "aws-ec2-g4dn-xlarge");
    // 0.526 $/h ÷ 4 vCPU = 0.1315 ; ÷ 16 GiB = 0.032875 ; ÷ 1 GPU = 0.526
    let (v, _, cur) = known(r.per_vcpu_hour);
    assert!(close(v, 0.1315), "{v}");
    assert_eq!(cur, Currency::Usd);
    assert!(close(known(r.per_gib_hour).0, 0.032875));
    assert!(close(known(r.per_gpu_hour).0, 0.526));
    let no_unit = |_: Unit| String::new();
    let cells = [
        (Column::Price, Lang::En, "$0.526"),
        (Column::PerVcpuHour, Lang::En, "$0.1315"),
        // 0.032875 shown to four significant figures (the binary 0.526 ÷ 16 is a hair above
        // 0.032875, so it rounds up)
        (Column::PerGibHour, Lang::En, "$0.03288"),
        // the list price keeps its own precision in both price columns
        (Column::Converted, Lang::En, "$0.526"),
        (Column::PerGpuHour, Lang::En, "$0.526"),
        (Column::Provider, Lang::Zh, "亚马逊云 AWS"),
    ];
    for (column, lang, want) in cells {
        assert_eq!(r.cell_text(column, lang, &no_unit), want, "{column:?}");
    }
}

#[test]
fn converted_price_is_list_price_times_fx_and_normalised_columns_follow() {
    let q = PriceQuery {
        currency: Currency::Cny,
        ..PriceQuery::default()
    };
    let t = table(&q);
    let g = row(&t, "aws-gpu-box");
    // the record's own currency is kept in the price column
    assert_eq!(known(g.price), (0.526, 0.526, Currency::Usd));
    // 0.526 × 7.2 = 3.7872 CNY
    let (cny, _, cur) = known(g.converted);
    assert!(close(cny, 3.7872), "{cny}");
    assert_eq!(cur, Currency::Cny);
    // 3.7872 ÷ 4 = 0.9468 CNY per vCPU-hour
    assert!(close(known(g.per_vcpu_hour).0, 0.9468));
    // and the other way: 7.2 CNY ÷ 7.2 = 1 USD
    let t = table(&PriceQuery::default());
    let a = row(&t, "ali-ecs");
    assert_eq!(known(a.price).2, Currency::Cny);
    assert!(close(known(a.converted).0, 1.0));
    assert_eq!(known(a.converted).2, Currency::Usd);
    assert_eq!(a.cell_text(Column::Price, Lang::En, &unit_word), "¥7.20");
    assert_eq!(
        a.cell_text(Column::Converted, Lang::En, &unit_word),
        "$1.00"
    );
    // at the catalog's reference rate: 7.2 ÷ 6.7686 = 1.06374 -> four figures "$1.064";
    // 0.526 × 6.7686 = 3.56028 -> four figures 3.560, shown as "¥3.56"
    let q = PriceQuery::default();
    let t = price_table(
        &fixture(),
        &providers(),
        &q,
        Fx::new(6.7686),
        d(TODAY),
        Lang::En,
    );
    assert_eq!(
        row(&t, "ali-ecs").cell_text(Column::Converted, Lang::En, &unit_word),
        "$1.064"
    );
    let q = PriceQuery {
        currency: Currency::Cny,
        ..PriceQuery::default()
    };
    let t = price_table(
        &fixture(),
        &providers(),
        &q,
        Fx::new(6.7686),
        d(TODAY),
        Lang::En,
    );
    let g = row(&t, "aws-gpu-box");
    assert_eq!(
        g.cell_text(Column::Converted, Lang::En, &unit_word),
        "¥3.56"
    );
    // per vCPU-hour: 3.56028 ÷ 4 = 0.89007 -> "¥0.8901"
    assert_eq!(
        g.cell_text(Column::PerVcpuHour, Lang::En, &unit_word),
        "¥0.8901"
    );
}

#[test]
fn derived_figures_show_four_significant_digits() {
    use deploycalc_core::report::catalog_table::derived_price;
    let cases = [
        (3.7872, Currency::Cny, "¥3.787"),
        (0.035458, Currency::Usd, "$0.03546"),
        (118.192832, Currency::Usd, "$118.19"),
        (1234.5678, Currency::Usd, "$1,234.57"),
        (0.05, Currency::Usd, "$0.05"),
        (0.0, Currency::Usd, "$0.00"),
        (0.0000166667, Currency::Usd, "$0.00001667"),
    ];
    for (x, currency, want) in cases {
        assert_eq!(derived_price(x, currency), want, "{x}");
    }
}

#[test]
fn monthly_instance_prices_are_turned_into_hours_with_730_h() {
    let t = table(&PriceQuery::default());
    let r = row(&t, "aws-small-monthly");
    // 73 $/month ÷ 730 h = 0.1 $/h ; ÷ 2 vCPU = 0.05 ; ÷ 4 GiB = 0.025 ; no GPU
    assert!(close(known(r.per_vcpu_hour).0, 0.05));
    assert!(close(known(r.per_gib_hour).0, 0.025));
    assert_eq!(r.per_gpu_hour, Amount::NotApplicable);
    // a per-GB-month price is not an instance price, even with a spec
    let s3 = row(&t, "aws-s3");
    assert_eq!(s3.per_vcpu_hour, Amount::NotApplicable);
    assert_eq!(s3.per_gib_hour, Amount::NotApplicable);
}

/// The ids of the fixture's table sorted by `sort`, for each case, against the expected order
/// (ids separated by spaces).
fn assert_sorted(cases: &[((Column, Direction), &str)]) {
    for (sort, want) in cases {
        let q = PriceQuery {
            sort: *sort,
            ..PriceQuery::default()
        };
        let want: Vec<&str> = want.split_whitespace().collect();
        assert_eq!(ids(&table(&q)), want, "{sort:?}");
    }
}

#[test]
fn unknown_prices_show_as_unknown_and_sort_last_both_ways() {
    assert_sorted(&[
        // converted to USD: box 0.526, monthly 73, ali 7.2/7.2 = 1, s3 2, acme unknown
        (
            (Column::Converted, Direction::Asc),
            "aws-gpu-box ali-ecs aws-s3 aws-small-monthly acme-unknown",
        ),
        (
            (Column::Converted, Direction::Desc),
            "aws-small-monthly aws-s3 ali-ecs aws-gpu-box acme-unknown",
        ),
        // the normalised columns: known first, then unknown (acme), then not applicable (s3);
        // per vCPU-hour in USD: box 0.1315, monthly 0.05, ali 1 ÷ 2 = 0.5
        (
            (Column::PerVcpuHour, Direction::Desc),
            "ali-ecs aws-gpu-box aws-small-monthly acme-unknown aws-s3",
        ),
    ]);
    let q = PriceQuery {
        sort: (Column::PerVcpuHour, Direction::Desc),
        ..PriceQuery::default()
    };
    let t = table(&q);
    let u = row(&t, "acme-unknown");
    assert_eq!(u.price, Amount::Unknown);
    assert_eq!(
        u.per_vcpu_hour,
        Amount::Unknown,
        "unknown, not 0 and not n/a"
    );
    assert_eq!(u.cell_text(Column::Price, Lang::En, &unit_word), "unknown");
    assert_eq!(u.cell_text(Column::Converted, Lang::Zh, &unit_word), "未知");
    assert_eq!(
        row(&t, "aws-s3").cell_text(Column::PerVcpuHour, Lang::En, &unit_word),
        ""
    );
}

#[test]
fn text_columns_sort_and_flip() {
    assert_sorted(&[
        (
            (Column::Id, Direction::Asc),
            "acme-unknown ali-ecs aws-gpu-box aws-s3 aws-small-monthly",
        ),
        // 2026-06-01, 2026-01-21, 2025-11-22, 2025-11-21, 2025-02-12
        (
            (Column::AsOf, Direction::Desc),
            "aws-s3 aws-gpu-box aws-small-monthly ali-ecs acme-unknown",
        ),
    ]);
    let q = PriceQuery {
        sort: (Column::Id, Direction::Asc),
        ..PriceQuery::default()
    };
    assert_eq!(q.sorted_by(Column::Id), (Column::Id, Direction::Desc));
    assert_eq!(q.sorted_by(Column::AsOf), (Column::AsOf, Direction::Asc));
}

/// A change to the query that narrows the table.
type Narrow = dyn Fn(&mut PriceQuery);

#[test]
fn filters_narrow_to_the_matching_records() {
    let by = |f: &dyn Fn(&mut PriceQuery)| {
        let mut q = PriceQuery {
            sort: (Column::Id, Direction::Asc),
            ..PriceQuery::default()
        };
        f(&mut q);
        ids(&table(&q))
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let cases: [(&str, &Narrow, &[&str]); 6] = [
        (
            "provider",
            &|q| q.provider = Some(ProviderId::new("aws")),
            &["aws-gpu-box", "aws-s3", "aws-small-monthly"],
        ),
        (
            "category",
            &|q| q.category = Some(Category::Compute),
            &["acme-unknown", "ali-ecs", "aws-small-monthly"],
        ),
        (
            "region",
            &|q| q.region = Some("cn-hangzhou".into()),
            &["ali-ecs"],
        ),
        (
            "confidence",
            &|q| q.confidence = Some(Confidence::List),
            &["aws-gpu-box", "aws-s3"],
        ),
        // filters combine
        (
            "provider and category",
            &|q| {
                q.provider = Some(ProviderId::new("aws"));
                q.category = Some(Category::Compute);
            },
            &["aws-small-monthly"],
        ),
        (
            "provider and confidence",
            &|q| {
                q.provider = Some(ProviderId::new("alibaba"));
                q.confidence = Some(Confidence::List);
            },
            &[],
        ),
    ];
    for (name, f, want) in cases {
        assert_eq!(by(f), want, "{name}");
    }
    let t = table(&PriceQuery::default());
    assert_eq!(t.total, 5);
}

#[test]
fn search_is_case_insensitive_over_id_service_sku_provider_region_and_note() {
    let found = |s: &str| {
        let q = PriceQuery {
            search: s.into(),
            sort: (Column::Id, Direction::Asc),
            ..PriceQuery::default()
        };
        ids(&table(&q))
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let cases: [(&str, &[&str]); 8] = [
        ("G4DN", &["aws-gpu-box"]),            // sku
        ("lightsail", &["aws-small-monthly"]), // service
        ("CN-HANGZHOU", &["ali-ecs"]),         // region
        ("阿里云", &["ali-ecs"]),              // provider's Chinese name
        ("杭州", &["ali-ecs"]),                // Chinese note
        ("alibaba cloud", &["ali-ecs"]),       // every word must match
        ("acme", &["acme-unknown"]),           // provider id
        ("g4dn hangzhou", &[]),                // no record has both
    ];
    for (search, want) in cases {
        assert_eq!(found(search), want, "{search}");
    }
    assert_eq!(found("  "), found("")); // blank = everything
    assert_eq!(found("").len(), 5);
}

#[test]
fn stale_means_older_than_twelve_months_before_today() {
    let cases = [
        ("2025-11-22", TODAY, false, "exactly 12 months is not stale"),
        ("2025-11-21", TODAY, true, "one day more is"),
        ("2026-11-22", TODAY, false, "today"),
        // 29 Feb: the cut-off is 28 Feb of the year before
        (
            "2027-02-28",
            "2028-02-29",
            false,
            "29 Feb: 28 Feb a year before",
        ),
        ("2027-02-27", "2028-02-29", true, "29 Feb: a day earlier"),
    ];
    for (as_of, today, stale, why) in cases {
        assert_eq!(
            is_stale(d(as_of), d(today)),
            stale,
            "{as_of} on {today}: {why}"
        );
    }
    let t = table(&PriceQuery::default());
    assert!(!row(&t, "aws-small-monthly").stale); // 2025-11-22
    assert!(row(&t, "ali-ecs").stale); // 2025-11-21
    assert!(row(&t, "acme-unknown").stale);
}

#[test]
fn retired_only_from_the_retirement_date() {
    let t = table(&PriceQuery::default());
    let u = row(&t, "acme-unknown");
    assert_eq!(u.retired, Some(d("2026-11-22")));
    assert_eq!(u.status_text(Lang::En), "retired 2026-11-22; stale");
    let before = price_table(
        &fixture(),
        &providers(),
        &PriceQuery::default(),
        Fx::new(7.2),
        d("2026-11-21"),
        Lang::En,
    );
    assert_eq!(row(&before, "acme-unknown").retired, None);
    assert_eq!(row(&t, "aws-gpu-box").status_text(Lang::En), "");
    // the real catalog keeps Azure NC6s_v3 as retired
    let c = cat();
    let all = price_table(
        &c.prices,
        &c.providers,
        &PriceQuery::default(),
        Fx::new(7.2),
        c.meta.as_of,
        Lang::En,
    );
    assert_eq!(row(&all, "azure-nc6s-v3").retired, Some(d("2025-09-30")));
    assert_eq!(row(&all, "azure-nc6s-v3").price, Amount::Unknown);
}

#[test]
fn csv_holds_exactly_the_header_and_the_filtered_rows_and_columns() {
    let q = PriceQuery {
        provider: Some(ProviderId::new("aws")),
        sort: (Column::Converted, Direction::Asc),
        ..PriceQuery::default()
    };
    let t = table(&q);
    let cols = [
        Column::Id,
        Column::Unit,
        Column::Converted,
        Column::PerVcpuHour,
        Column::Status,
    ];
    let text = price_csv(&t.rows, &cols, Lang::En, Currency::Usd, &unit_word).unwrap();
    // aws rows by USD price: box 0.526, s3 2, monthly 73
    assert_eq!(
        text,
        "ID,Unit,Unit price (USD),Per vCPU-hour (USD),Status\n\
         aws-gpu-box,hour,$0.526,$0.1315,\n\
         aws-s3,gb_month,$2.00,,\n\
         aws-small-monthly,month,$73.00,$0.05,\n"
    );
    // the unknown price exports as "unknown" (zh: 未知), not 0; the header is in Chinese
    let q = PriceQuery {
        search: "acme".into(),
        currency: Currency::Cny,
        ..PriceQuery::default()
    };
    let t = table(&q);
    let text = price_csv(
        &t.rows,
        &[Column::Id, Column::Converted, Column::Status],
        Lang::Zh,
        Currency::Cny,
        &unit_word,
    )
    .unwrap();
    let mut rd = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, ["ID", "单价（CNY）", "状态"]);
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][1], "未知");
    assert_eq!(&rows[0][2], "已下架（2026-11-22）; 过时");
}

#[test]
fn csv_quotes_commas_and_keeps_every_catalog_row() {
    let c = cat();
    let t = price_table(
        &c.prices,
        &c.providers,
        &PriceQuery::default(),
        Fx::new(7.2),
        c.meta.as_of,
        Lang::En,
    );
    let text = price_csv(&t.rows, &Column::ALL, Lang::En, Currency::Usd, &unit_word).unwrap();
    let mut rd = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(rd.headers().unwrap().len(), Column::ALL.len());
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), c.prices.len());
    let src = Column::ALL
        .iter()
        .position(|c| *c == Column::Source)
        .unwrap();
    for (r, rec) in t.rows.iter().zip(&rows) {
        assert_eq!(&rec[0], r.id.as_str());
        assert_eq!(
            &rec[src],
            r.source.as_str(),
            "sources with commas survive quoting"
        );
    }
}

#[test]
fn facets_list_only_values_that_occur() {
    let f = price_facets(&fixture(), &providers());
    let names: Vec<&str> = f.providers.iter().map(|(_, n)| n.en.as_str()).collect();
    assert_eq!(names, ["Acme", "Alibaba Cloud", "AWS"]);
    assert_eq!(
        f.categories,
        [Category::Compute, Category::Gpu, Category::Storage]
    );
    assert_eq!(f.regions, ["cn-hangzhou", "us-east-1"]);
    assert_eq!(
        f.confidences,
        [
            Confidence::List,
            Confidence::Derived,
            Confidence::Seed,
            Confidence::Estimate
        ]
    );
}

#[test]
fn source_links_only_for_addresses() {
    let cases: [(&str, Option<&str>); 12] = [
        (
            "https://aws.amazon.com/s3/pricing/ (Standard)",
            Some("https://aws.amazon.com/s3/pricing/"),
        ),
        ("see (https://example.com/a).", Some("https://example.com/a")),
        ("https:// nothing", None),
        // a host and path without the scheme
        (
            "cloud.google.com/run/pricing (stored copy, undated): tier 1",
            Some("https://cloud.google.com/run/pricing"),
        ),
        // a repository file at a commit, as the catalog cites it
        (
            "BerriAI/litellm model_prices_and_context_window.json @00035b69 (`xai/grok-3`)",
            Some(
                "https://github.com/BerriAI/litellm/blob/00035b69/model_prices_and_context_window.json",
            ),
        ),
        (
            "aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws.go @6fc13b52 (us-east-1)",
            Some("https://github.com/aws/karpenter-provider-aws/blob/6fc13b52/pkg/providers/pricing/zz_generated.pricing_aws.go"),
        ),
        ("owner/repo (no path)", Some("https://github.com/owner/repo")),
        // prose and seed citations get no link
        ("GitHub mirror (repository not identified)", None),
        ("Alibaba \"多媒体数据存储与分发\" table", None),
        ("seed 004 §2.2 成本对比: \"总成本约为 $400-570\"", None),
        ("gcp-n1-standard-4 (0.189999, Cyclenerd/x y @fd66b26f)", None),
        ("seed 001 §方案B", None),
    ];
    for (source, want) in cases {
        assert_eq!(source_url(source).as_deref(), want, "{source}");
    }
    let t = table(&PriceQuery::default());
    assert!(row(&t, "aws-gpu-box").source_url.is_some());
    assert!(row(&t, "ali-ecs").source_url.is_none());
    // most of the real catalog's price sources are links
    let c = cat();
    let linked = c
        .prices
        .iter()
        .filter(|p| source_url(&p.source).is_some())
        .count();
    assert!(
        linked * 2 > c.prices.len(),
        "{linked} of {}",
        c.prices.len()
    );
}

#[test]
fn perf_rows_resolve_subjects_and_search() {
    let c = cat();
    let all = perf_rows(c, "", c.meta.as_of);
    assert_eq!(all.len(), c.perf.len());
    let aws = all
        .iter()
        .find(|r| r.id.as_str() == "aws-max-nodes-seed004")
        .expect("seed 004 max nodes");
    assert_eq!(aws.value, "100");
    assert_eq!(
        aws.subject,
        SubjectName::Named(c.provider(&ProviderId::new("aws")).unwrap().name.clone())
    );
    let some = perf_rows(c, "MAX_NODES_PER_CLUSTER", c.meta.as_of);
    assert!(!some.is_empty() && some.len() < all.len());
    assert!(some
        .iter()
        .all(|r| r.metric.as_str() == "max_nodes_per_cluster"));
}

#[test]
fn matrix_tables_align_cells_with_columns() {
    let c = cat();
    let tables = matrix_tables(c);
    assert_eq!(tables.len(), c.matrix.sections.len());
    let f = tables
        .iter()
        .find(|t| t.id == "features")
        .expect("features section");
    let cols: Vec<&str> = f.columns.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(cols, ["aws", "gcp", "azure", "alibaba"]);
    let age = f.rows.iter().find(|r| r.id == "age").unwrap();
    assert_eq!(age.cells.len(), 4);
    let aws = age.cells[0].as_ref().unwrap();
    assert_eq!(aws.value, MatrixValue::Support(Support::SelfHostedOnly));
    assert_eq!(
        age.cells[2].as_ref().unwrap().value,
        MatrixValue::Support(Support::Yes)
    );
    let regions = f.rows.iter().find(|r| r.id == "global-regions").unwrap();
    assert_eq!(
        regions.cells[0].as_ref().unwrap().value,
        MatrixValue::Figure {
            text: "32+".into(),
            unit: None
        }
    );
}
