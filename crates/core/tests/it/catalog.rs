//! The embedded catalog covers every service, performance figure, model and provider fact
//! the seeds use (the coverage list, looked up item by item).

use crate::common::catalog;
use deploycalc_core::model::catalog::{
    CellValue, Figure, PerfUnit, PriceRecord, PriceValue, Subject, Unit,
};
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::vocab::ProviderId;

fn price(id: &str) -> &'static PriceRecord {
    catalog()
        .price_by_str(id)
        .unwrap_or_else(|| panic!("no price record `{id}`"))
}

/// The coverage list, item by item.
const COVERAGE: &[&str] = &[
    // AWS
    "aws-amplify-build-minute",
    "aws-amplify-served-gb",
    "aws-amplify-stored-gb",
    "aws-ec2-g4dn-xlarge",
    "aws-ec2-g5-xlarge",
    "aws-ec2-p3-2xlarge",
    "aws-ec2-t3-medium",
    "aws-ec2-t3-large",
    "aws-ec2-t3-xlarge",
    "aws-ec2-r5-2xlarge",
    "aws-ebs-gp3",
    "aws-fargate-vcpu-hour",
    "aws-fargate-gb-hour",
    "aws-elb-alb-hour",
    "aws-elb-alb-lcu",
    "aws-s3-standard",
    "aws-cloudfront-us-first-10tb",
    "aws-nat-gateway-hour",
    "aws-nat-gateway-gb",
    "aws-data-transfer-cross-az",
    "aws-elasticache-cache-t3-medium",
    "aws-rds-postgresql-db-t3-medium",
    "aws-rds-postgresql-db-t3-large",
    "aws-neptune-db-r5-large",
    "aws-lambda-x86-gb-second",
    "aws-lambda-requests",
    "aws-api-gateway-rest",
    "aws-sqs-standard",
    "aws-eventbridge-events",
    "aws-cloudwatch-logs-ingestion",
    "aws-cloudwatch-logs-storage",
    // GCP
    "gcp-n1-standard-4",
    "gcp-gpu-t4",
    "gcp-n1-standard-4-t4",
    "gcp-n2-standard-4",
    "gcp-n2-highmem-4",
    "gcp-n2-highmem-8",
    "gcp-cloud-run-cpu",
    "gcp-cloud-run-memory",
    "gcp-cloud-run-requests",
    "gcp-cloud-storage-standard",
    "gcp-cloud-cdn-na",
    "gcp-cloud-sql-db-n1-standard-1",
    "gcp-cloud-sql-vcpu",
    "gcp-memorystore-redis-basic",
    "gcp-cloud-lb-forwarding-rule",
    "gcp-cloud-nat-hour",
    "gcp-cloud-nat-gb",
    "gcp-pubsub-throughput",
    "gcp-cloud-scheduler-job",
    "gcp-cloud-logging",
    "gcp-cloud-endpoints",
    // Azure
    "azure-nc4as-t4-v3",
    "azure-nc6s-v3",
    "azure-d4s-v3",
    "azure-e8s-v3",
    "azure-blob-hot-lrs",
    "azure-cache-redis-c1",
    "azure-postgresql-flexible-b1ms",
    "azure-postgresql-gp-2vcore",
    "azure-application-gateway",
    "azure-cdn",
    "azure-api-management",
    // Alibaba Cloud (CNY)
    "alibaba-ecs-gn6i-c4g1-xlarge",
    "alibaba-ecs-g6-xlarge",
    "alibaba-ecs-2c2g",
    "alibaba-ecs-2c8g-free-trial",
    "alibaba-oss-standard",
    "alibaba-polardb-postgresql",
    "alibaba-function-compute-requests",
    "alibaba-cdn-mainland",
    // Tencent Cloud (CNY)
    "tencent-lighthouse-2c2g-50gb",
    "tencent-cos-standard",
    "tencent-cos-50gb-seed001",
    "tencent-tdmq",
    "tencent-scf",
    "tencent-domain-ssl-seed001",
    "tencent-qdrant-server-seed001",
    // LLM / speech / embedding APIs
    "openai-gpt-4o-input",
    "openai-gpt-4o-output",
    "openai-gpt-4o-mini-input",
    "openai-gpt-4o-mini-output",
    "openai-gpt-4-1-input",
    "openai-gpt-4-1-output",
    "openai-gpt-3-5-turbo-input",
    "openai-gpt-3-5-turbo-output",
    "openai-whisper-1",
    "openai-tts-1",
    "openai-gpt-4-vision-image",
    "openai-text-embedding-3-small",
    "xai-grok-4-input",
    "xai-grok-4-output",
    "deepseek-chat-input",
    "deepseek-chat-output",
    "perplexity-sonar-input",
    "perplexity-sonar-output",
    "dashscope-qwen-max-input",
    "dashscope-qwen-max-output",
    "cohere-embed-multilingual-v3",
    // SaaS and self-hosted software
    "neo4j-aura-professional",
    "neo4j-aura-enterprise",
    "neo4j-aura-enterprise-16gb-seed003",
    "falkordb-cloud",
    "falkordb-self-hosted-4gb-seed003",
    "pinecone-standard",
    "qdrant-self-hosted-4c16g-seed003",
    "redis-cloud-1gb",
    "redis-cloud-essentials-250mb",
    "supabase-pro",
    "datadog-infrastructure-pro",
    "datadog-logs-ingestion",
    "newrelic-data-ingest",
    "grafana-cloud-free",
    "grafana-cloud-pro",
    "elastic-cloud-standard",
    "cloudflare-free",
    "cloudflare-pro",
    "kong-gateway-oss",
    "google-maps-alpha-vantage-seed003-small",
    "google-maps-alpha-vantage-seed003-medium",
    "google-maps-alpha-vantage-seed003-large",
    // seed 004's cost table, per cloud
    "aws-compute-4c8g-seed004",
    "aws-postgresql-8c16g-seed004",
    "aws-storage-500gb-seed004",
    "aws-traffic-1tb-seed004",
    "gcp-compute-4c8g-seed004",
    "azure-compute-4c8g-seed004",
    "alibaba-compute-4c8g-seed004",
    "alibaba-traffic-1tb-seed004",
];

#[test]
fn every_item_of_the_coverage_list_is_present() {
    let missing: Vec<_> = COVERAGE
        .iter()
        .filter(|id| catalog().price_by_str(id).is_none())
        .collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
    assert_eq!(
        price("alibaba-ecs-gn6i-c4g1-xlarge").currency,
        Currency::Cny
    );
    assert_eq!(
        price("tencent-lighthouse-2c2g-50gb").currency,
        Currency::Cny
    );
    assert_eq!(price("openai-whisper-1").unit, Unit::Minute);
    assert_eq!(price("openai-tts-1").unit, Unit::MCharacters);
    assert_eq!(price("openai-gpt-4o-mini-output").unit, Unit::MOutputTokens);
}

#[test]
fn performance_figures_of_every_seed_are_present() {
    let cat = catalog();
    let get = |id: &str| {
        cat.perf_record(&deploycalc_core::model::vocab::PerfId::new(id))
            .unwrap_or_else(|| panic!("no performance record `{id}`"))
    };
    for plan in ["gpu", "fargate", "api", "local"] {
        for m in ["asr", "llm", "tts", "e2e", "users"] {
            get(&format!("s000-{plan}-{m}"));
        }
    }
    assert_eq!(get("s000-gpu-asr").value, Figure::Point(100.0));
    assert_eq!(get("s000-fargate-llm").unit, PerfUnit::S);
    assert_eq!(get("s000-gpu-users").value.high(), None); // "50+"
    let cross = get("s001-cross-cloud-latency");
    assert_eq!(
        (cross.value.low(), cross.value.high()),
        (Some(20.0), Some(100.0))
    );
    assert_eq!(
        get("s001-local-file-read").value,
        Figure::Below { below: 10.0 }
    );
    assert_eq!(get("s001-vector-search").value.high(), Some(500.0));
    let kg = get("s003-kg-query-p95");
    assert!(kg.target && kg.value.high() == Some(100.0) && kg.value.low().is_none());
    assert_eq!(get("s003-agent-latency").value.high(), Some(2.0));
    assert!(get("s003-vector-query-p99").target);
    for p in ["aws", "gcp", "azure", "alibaba"] {
        for m in [
            "max-nodes",
            "node-startup",
            "db-latency",
            "throughput",
            "storage-iops",
        ] {
            get(&format!("{p}-{m}-seed004"));
        }
        let china = get(&format!("{p}-latency-from-china-seed004"));
        assert_eq!(china.subject, Subject::Provider(ProviderId::new(p)));
    }
    assert_eq!(get("gcp-max-nodes-seed004").value, Figure::Point(15000.0));
}

#[test]
fn self_hosted_models_say_what_vram_they_need_and_where_they_fit() {
    let cat = catalog();
    let vram = |id: &str| cat.model(id).and_then(|m| m.vram_gib);
    assert_eq!(vram("llama3-8b"), Some(Figure::Point(16.0)));
    assert_eq!(vram("llama3-70b"), Some(Figure::Point(80.0)));
    assert_eq!(
        vram("llava"),
        Some(Figure::Range {
            low: 8.0,
            high: 16.0
        })
    );
    for id in ["fun-asr", "cosyvoice"] {
        let m = cat.model(id).unwrap_or_else(|| panic!("no model {id}"));
        assert!(m.fits.iter().any(|p| p.as_str() == "aws-ec2-g4dn-xlarge"));
    }
    // `fits` agrees with the GPU specs: each listed machine has enough VRAM, and every machine
    // on sale with enough VRAM is listed.
    for m in &cat.models {
        let Some(need) = m.vram_gib.and_then(|v| v.low()) else {
            continue;
        };
        for p in &m.fits {
            let rec = price(p.as_str());
            let have = rec.gpu().map_or(0.0, |g| g.total_vram_gib());
            assert!(
                have >= need,
                "{} does not fit on {p} ({have} GiB)",
                m.id.as_str()
            );
        }
        let mut listed: Vec<_> = m
            .fits
            .iter()
            .filter(|p| !price(p.as_str()).is_retired_on(cat.meta.as_of))
            .map(|p| p.as_str())
            .collect();
        let mut computed: Vec<_> = cat
            .gpus_with_vram(need)
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        listed.sort_unstable();
        computed.sort_unstable();
        assert_eq!(listed, computed, "{}", m.id.as_str());
    }
    // llama3-70b needs 80 GiB: one A100 80 GB (1 × 80 = 80) fits, a single T4 (1 × 16) does not,
    // four T4s do not (4 × 16 = 64 < 80), eight A10Gs do (8 × 24 = 192).
    let l70 = cat.model("llama3-70b").expect("llama3-70b");
    let fits = |id: &str| l70.fits.iter().any(|p| p.as_str() == id);
    assert!(fits("gcp-a2-ultragpu-1g") && fits("aws-ec2-g5-48xlarge"));
    assert!(!fits("aws-ec2-g4dn-xlarge") && !fits("aws-ec2-g4dn-12xlarge"));
}

#[test]
fn the_provider_matrix_covers_seed_004() {
    let m = &catalog().matrix;
    let rows = [
        (
            "features",
            [
                "managed-postgresql",
                "pgvector",
                "age",
                "global-regions",
                "containers",
                "serverless",
                "storage",
                "latency-from-china",
            ]
            .as_slice(),
        ),
        (
            "costs",
            &[
                "compute-4c8g",
                "postgresql-8c16g",
                "storage-500gb",
                "traffic-1tb",
                "total",
            ],
        ),
        (
            "scalability",
            &[
                "max-nodes",
                "node-startup",
                "db-latency",
                "throughput",
                "storage-iops",
            ],
        ),
        ("cloudflare", &["difficulty", "features", "limits"]),
        ("vercel", &["difficulty", "features", "limits"]),
        ("logging", &["native", "third-party", "cost"]),
        ("monitoring", &["native", "third-party", "cost"]),
        ("tracing", &["native", "third-party", "cost"]),
        ("deployment", &["tools", "iac", "automation"]),
        ("ci-cd", &["native", "third-party", "completeness"]),
        ("isolation", &["method", "limits", "cost"]),
        (
            "oss-contributions",
            &["stars", "active-contributors", "pull-requests"],
        ),
    ];
    for (section, ids) in rows {
        let s = m
            .section(section)
            .unwrap_or_else(|| panic!("no section {section}"));
        assert!(
            s.source.starts_with("seed 004 §"),
            "{section}: {}",
            s.source
        );
        for id in ids {
            let row = s.row(id).unwrap_or_else(|| panic!("no row {section}/{id}"));
            for p in ["aws", "gcp", "azure", "alibaba"] {
                let cell = m
                    .cell(section, id, p)
                    .unwrap_or_else(|| panic!("{section}/{id}/{p}"));
                assert!(!s.cell_source(cell).is_empty());
            }
            assert_eq!(row.cells.len(), 4);
        }
    }
    assert!(matches!(
        m.cell("features", "managed-postgresql", "alibaba").map(|c| &c.value),
        Some(CellValue::Names(n)) if n == &["PolarDB for PostgreSQL"]
    ));
    assert_eq!(m.projects.len(), 4);
    assert_eq!(m.edge_platforms.len(), 4);
}

#[test]
fn seed_004_totals_are_the_sum_of_its_lines() {
    let m = &catalog().matrix;
    for p in ["aws", "gcp", "azure", "alibaba"] {
        let (mut low, mut high) = (0.0, 0.0);
        for row in [
            "compute-4c8g",
            "postgresql-8c16g",
            "storage-500gb",
            "traffic-1tb",
        ] {
            let Some(CellValue::Price(id)) = m.cell("costs", row, p).map(|c| &c.value) else {
                panic!("costs/{row}/{p} is not a price reference");
            };
            let r = price(id.as_str()).price.map(PriceValue::range);
            let r = r.unwrap_or_else(|| panic!("{id} has no price"));
            (low, high) = (low + r.low, high + r.high);
        }
        let Some(CellValue::Money { amount, .. }) = m.cell("costs", "total", p).map(|c| &c.value)
        else {
            panic!("costs/total/{p} is not an amount");
        };
        assert_eq!(
            (low, high),
            (amount.range().low, amount.range().high),
            "{p}"
        );
    }
}

#[test]
fn the_app_gets_the_catalog_and_the_five_trees_in_one_load() {
    let e = deploycalc_core::engine::embedded().expect("the embedded data loads");
    assert!(
        std::ptr::eq(e.catalog, catalog()),
        "the same, once-loaded catalog"
    );
    let seeds: Vec<&str> = e.trees.iter().map(|t| t.workload.as_str()).collect();
    assert_eq!(seeds, ["s000", "s001", "s002", "s003", "s004"]);
}
