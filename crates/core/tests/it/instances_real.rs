//! The real cloud GPU instance records (`catalog/hardware/instances.json`, issue #16 item 1)
//! against the figures of their sources, written out beside each check, and the invariants the
//! sizing model relies on (one region and currency per cloud, spot below on demand, the price
//! record's GPU memory equal to the board's). The rules are in `instances.rs`.

use crate::common::catalog;
use deploycalc_core::model::catalog::{GpuInstance, PriceRecord, PriceValue, Unit};
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::vocab::{InstanceId, PurchaseOption};
use std::collections::BTreeSet;

fn real(id: &str) -> &'static GpuInstance {
    catalog()
        .instance(&InstanceId::new(id))
        .unwrap_or_else(|| panic!("no instance `{id}`"))
}

fn price_of(i: &GpuInstance) -> &'static PriceRecord {
    catalog().price(&i.price).expect("validated price")
}

fn point(p: Option<PriceValue>) -> f64 {
    match p {
        Some(PriceValue::Point(x)) => x,
        other => panic!("expected one figure, got {other:?}"),
    }
}

#[test]
fn every_cloud_has_gpu_instances() {
    let providers: BTreeSet<&str> = catalog()
        .instances
        .iter()
        .map(|i| i.provider.as_str())
        .collect();
    assert_eq!(
        providers,
        BTreeSet::from(["alibaba", "aws", "azure", "gcp", "tencent"])
    );
    for id in [
        "aws-g4dn-xlarge",
        "aws-g4dn-12xlarge",
        "aws-g5-xlarge",
        "aws-g5-12xlarge",
        "aws-g5-48xlarge",
        "aws-g6-xlarge",
        "aws-g6-12xlarge",
        "aws-p4d-24xlarge",
        "aws-p5-48xlarge",
        "gcp-g2-standard-4",
        "gcp-g2-standard-24",
        "gcp-a2-highgpu-1g",
        "gcp-a2-highgpu-8g",
        "gcp-a2-ultragpu-1g",
        "gcp-a3-highgpu-8g",
        "gcp-n1-standard-4-t4",
        "azure-nc4as-t4-v3",
        "azure-nc64as-t4-v3",
        "azure-nc24ads-a100-v4",
        "azure-nc96ads-a100-v4",
        "azure-nc40ads-h100-v5",
        "alibaba-gn6i-c4g1-xlarge",
        "alibaba-gn7i-c8g1-2xlarge",
        "alibaba-gn7e-c16g1-4xlarge",
        "tencent-gn7-2xlarge32",
        "tencent-gn10x-2xlarge40",
        "tencent-pnv4-7xlarge116",
    ] {
        real(id);
    }
}

#[test]
fn g4dn_xlarge_is_one_t4_at_0_526_an_hour() {
    let i = real("aws-g4dn-xlarge");
    assert_eq!(i.gpu.as_str(), "nvidia-t4");
    assert_eq!((i.gpu_count, i.vcpu, i.ram_gib), (1, 4, 16.0));
    // the seeds' record, id unchanged: plans and the sizing model read the same figure
    assert_eq!(i.price.as_str(), "aws-ec2-g4dn-xlarge");
    let (_, board, rec) = catalog()
        .instance_parts(&i.id)
        .expect("instance, board and price");
    assert_eq!(
        (board.memory_gb, rec.id.as_str()),
        (Some(16.0), "aws-ec2-g4dn-xlarge")
    );
    assert!(catalog()
        .instance_parts(&InstanceId::new("aws-nope"))
        .is_none());
    let p = price_of(i);
    assert_eq!((p.unit, p.currency), (Unit::Hour, Currency::Usd));
    assert_eq!(point(p.price), 0.526);
    // always on for a month: 0.526 USD/h × 730 h = 383.98 USD
    let monthly = point(p.price) * 730.0;
    assert!((monthly - 383.98).abs() < 1e-9, "{monthly}");
}

#[test]
fn the_big_machines_carry_their_sources_figures() {
    // p5.48xlarge: 8 × H100 SXM, 192 vCPU, 2,097,152 MiB ÷ 1,024 = 2,048 GiB, 55.04 USD/h;
    // 8 × 80 GB = 640 GB of GPU memory; a month: 55.04 × 730 = 40,179.2 USD
    let p5 = real("aws-p5-48xlarge");
    assert_eq!((p5.gpu.as_str(), p5.gpu_count), ("nvidia-h100-sxm", 8));
    assert_eq!((p5.vcpu, p5.ram_gib), (192, 2048.0));
    let vram = catalog().gpu(p5.gpu.as_str()).unwrap().memory_gb.unwrap();
    assert_eq!(vram * f64::from(p5.gpu_count), 640.0);
    assert!((point(price_of(p5).price) * 730.0 - 40_179.2).abs() < 1e-6);
    // g6.xlarge: 1 × L4, 0.8048 USD/h on demand, 0.52392 1-year reserved (no upfront)
    let g6 = price_of(real("aws-g6-xlarge"));
    assert_eq!(point(g6.price), 0.8048);
    assert_eq!(
        g6.options[&PurchaseOption::Reserved1y].price,
        PriceValue::Point(0.52392)
    );
    // GCP a2-highgpu-1g: 12 vCPU, 85 GB, 1 × A100 40 GB, 3.673385 USD/h, spot 1.92802
    let a2 = real("gcp-a2-highgpu-1g");
    assert_eq!(
        (a2.gpu.as_str(), a2.vcpu, a2.ram_gib),
        ("nvidia-a100-40gb", 12, 85.0)
    );
    let p = price_of(a2);
    assert_eq!(point(p.price), 3.673385);
    assert_eq!(
        p.options[&PurchaseOption::Spot].price,
        PriceValue::Point(1.92802)
    );
    // Azure NC24ads A100 v4 (eastus): 24 vCPU, 220 GiB, 1 × A100 80 GB, 3.673 USD/h
    let nc = real("azure-nc24ads-a100-v4");
    assert_eq!(
        (nc.gpu.as_str(), nc.vcpu, nc.ram_gib),
        ("nvidia-a100-80gb", 24, 220.0)
    );
    assert_eq!(point(price_of(nc).price), 3.673);
}

#[test]
fn mainland_prices_are_in_yuan_or_unknown() {
    // Tencent GN7.2XLARGE32: 1 × T4, 8 vCPU, 32 GB, 7.81-8.68 CNY/h by zone; a month at
    // 730 h: 7.81 × 730 = 5,701.3 to 8.68 × 730 = 6,336.4 CNY (the page's 包年包月 is
    // 2,250-2,500 CNY a month, recorded as 2,250 ÷ 730 = 3.0822 to 2,500 ÷ 730 = 3.4247 an hour)
    let gn7 = real("tencent-gn7-2xlarge32");
    let p = price_of(gn7);
    assert_eq!(p.currency, Currency::Cny);
    assert_eq!(
        p.price,
        Some(PriceValue::Range {
            low: 7.81,
            high: 8.68
        })
    );
    let month = p.price.unwrap().range();
    assert!((month.low * 730.0 - 5_701.3).abs() < 1e-6);
    assert!((month.high * 730.0 - 6_336.4).abs() < 1e-6);
    assert_eq!(
        p.options[&PurchaseOption::Subscription].price,
        PriceValue::Range {
            low: 3.0822,
            high: 3.4247
        }
    );
    // Alibaba's gn7i and gn7e and Tencent's A10 successor PNV4: no citable price, so
    // unknown — never 0
    for id in [
        "alibaba-gn7i-c8g1-2xlarge",
        "alibaba-gn7e-c16g1-4xlarge",
        "tencent-pnv4-7xlarge116",
    ] {
        let p = price_of(real(id));
        assert_eq!((p.price, p.currency), (None, Currency::Cny), "{id}");
        assert!(p.note.as_deref().unwrap_or("").contains("Searched"), "{id}");
    }
}

#[test]
fn one_region_and_currency_per_cloud() {
    for i in &catalog().instances {
        let p = price_of(i);
        let (region, currency) = match i.provider.as_str() {
            "aws" => ("us-east-1", Currency::Usd),
            "gcp" => ("us-central1", Currency::Usd),
            "azure" => ("eastus", Currency::Usd),
            _ => ("mainland China", Currency::Cny),
        };
        assert_eq!(p.currency, currency, "{}", i.id);
        // the seed's gn6i record names no region; every other names the provider's one
        if let Some(r) = &p.region {
            assert_eq!(r, region, "{}", i.id);
        }
    }
}

#[test]
fn commitments_and_spot_are_below_on_demand_and_gpu_memory_matches_the_board() {
    for i in &catalog().instances {
        let p = price_of(i);
        // spot, 1-year reserved and 包年包月 (÷ 730) all cost less an hour than on demand
        if let Some(on_demand) = p.price {
            for (option, o) in &p.options {
                assert!(
                    o.price.range().high < on_demand.range().low,
                    "{}: {} {:?} not below on demand {on_demand:?}",
                    i.id,
                    option.as_str(),
                    o.price
                );
            }
        }
        // the price record's per-GPU memory is the board's, unless the note says the
        // catalog has no exact board and uses the closest
        let board = catalog().gpu(i.gpu.as_str()).unwrap();
        let spec = p.gpu().expect("validated: the price names its GPU");
        let same = Some(spec.vram_gib) == board.memory_gb;
        let explained = i.note.as_deref().is_some_and(|n| n.contains("closest"));
        assert!(
            same || explained,
            "{}: {} GB vs {:?}",
            i.id,
            spec.vram_gib,
            board.memory_gb
        );
    }
}
