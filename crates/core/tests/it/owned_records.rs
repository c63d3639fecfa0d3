//! The real owned-hardware, running-cost and speed records (`catalog/hardware/owned.json`,
//! `speech.json`, `benchmarks.json`): the figures their sources state, the arithmetic of the
//! derived ones done by hand, the physical limits they must respect, and their trip through the
//! web app's data file.

use crate::common::{catalog, close};
use deploycalc_core::engine::data_file::{self, DataSources};
use deploycalc_core::model::catalog::{
    BenchMetric, Confidence, Facility, Market, OwnedServer, SpeechTask,
};
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::vocab::Precision;
use std::collections::HashSet;

fn server(id: &str) -> &'static OwnedServer {
    catalog()
        .owned_server(id)
        .unwrap_or_else(|| panic!("no owned server `{id}`"))
}

#[test]
fn owned_servers_carry_their_sources_figures() {
    // NVIDIA's launch release: "DGX A100 systems start at $199,000", 8 × A100 40 GB = 320 GB;
    // the user guide: "6.5 kW max"; five-year write-off (IRS Publication 946, 5-year property)
    let dgx = server("owned-dgx-a100-320gb");
    assert_eq!(
        (dgx.gpu.as_ref().map(|g| g.as_str()), dgx.gpu_count),
        (Some("nvidia-a100-40gb"), Some(8))
    );
    assert_eq!(
        (dgx.purchase_price, dgx.currency),
        (Some(199_000.0), Currency::Usd)
    );
    assert_eq!(
        (dgx.power_w, dgx.lifetime_years),
        (Some(6_500.0), Some(5.0))
    );
    // by hand: 199,000 ÷ (5 × 12 = 60 months) = 3,316.666… a month
    assert!(close(
        dgx.depreciation_per_month().unwrap(),
        3_316.666_666_666_667
    ));
    // RTX 4090 workstation: card $1,599 and "roughly as much" for the rest: 2 × 1,599 = 3,198
    let ws = server("owned-ws-rtx4090");
    assert_eq!(ws.purchase_price, Some(2.0 * 1_599.0));
    assert_eq!(ws.confidence, Confidence::Estimate);
    // DGX H100: SemiAnalysis's ~$270,000 estimate, 10.2 kW maximum
    let h = server("owned-dgx-h100");
    assert_eq!(
        (h.purchase_price, h.power_w, h.gpu_count),
        (Some(270_000.0), Some(10_200.0), Some(8))
    );
    // seed 000's machine is already owned: nothing to write off, every other figure unknown
    let seed = server("owned-seed000-local-workstation");
    assert!(seed.already_owned);
    assert_eq!(seed.depreciation_per_month(), Some(0.0));
    assert_eq!(
        (seed.gpu.as_ref(), seed.purchase_price, seed.power_w),
        (None, None, None)
    );
    assert_eq!(
        seed.price.as_ref().map(|p| p.as_str()),
        Some("self-local-workstation")
    );
    assert_eq!(seed.confidence, Confidence::Seed);
}

#[test]
fn a_server_draws_at_least_what_its_gpus_are_rated_for() {
    // whole-system power ≥ GPU count × board power: a DGX A100 rates 6,500 W ≥ 8 × 400 W
    for s in &catalog().owned_servers {
        let (Some(gpu), Some(n), Some(power)) = (&s.gpu, s.gpu_count, s.power_w) else {
            continue;
        };
        let tdp = catalog()
            .gpu(gpu.as_str())
            .and_then(|g| g.tdp_w)
            .expect("TDP known");
        assert!(
            power >= f64::from(n) * tdp,
            "{}: {power} W < {n} × {tdp} W",
            s.id
        );
    }
}

#[test]
fn electricity_pue_and_staff_cover_both_markets_and_every_facility() {
    let cat = catalog();
    for m in Market::ALL {
        assert!(cat.electricity_in(m).count() >= 2, "{m:?}: electricity");
        assert!(cat.staff_in(m).count() >= 1, "{m:?}: staff");
    }
    let facilities: HashSet<Facility> = cat.pue.iter().map(|p| p.facility).collect();
    assert_eq!(facilities.len(), 3, "desk, server room and data center");
    // EIA Table 5.6.B, commercial, Jan–Jul 2024: West North Central 10.40 ¢ to New England 20.08 ¢
    let us = cat
        .electricity
        .iter()
        .find(|e| e.id.as_str() == "elec-us-commercial-2024")
        .unwrap();
    assert_eq!(
        (us.price_per_kwh.low(), us.price_per_kwh.high()),
        (Some(0.1040), Some(0.2008))
    );
    // LBNL's small server rooms measured 1.5–2.1; Uptime's 2024 survey average 1.56
    let room = cat
        .pue
        .iter()
        .find(|p| p.facility == Facility::ServerRoom)
        .unwrap();
    assert_eq!((room.pue.low(), room.pue.high()), (Some(1.5), Some(2.1)));
    let dc = cat
        .pue
        .iter()
        .find(|p| p.id.as_str() == "pue-datacenter-average")
        .unwrap();
    assert_eq!(dc.pue.low(), Some(1.56));
}

#[test]
fn staff_costs_are_salary_times_a_stated_loaded_factor() {
    let find = |id: &str| {
        catalog()
            .staff
            .iter()
            .find(|s| s.id.as_str() == id)
            .unwrap()
    };
    // BLS: median $90,520 (May 2022); wages are 70.4 % of employer cost → 1 ÷ 0.704 = 1.4205,
    // written 1.42; by hand 90,520 × 1.42 = 128,538.40 a year, ÷ 12 = 10,711.53 a month
    let us = find("staff-us-sysadmin");
    assert_eq!((us.annual_salary, us.loaded_factor), (90_520.0, 1.42));
    assert!(close(us.monthly_cost(), 10_711.533_333_333_333));
    assert!((1.0 / 0.704 - us.loaded_factor).abs() < 0.001);
    // NBS 2023 IT-sector average ¥231,810 × 1.35 = 312,943.50 a year, ÷ 12 = 26,078.625
    let cn = find("staff-cn-it-sector");
    assert_eq!(cn.currency, Currency::Cny);
    assert!(close(cn.monthly_cost(), 26_078.625));
}

#[test]
fn speech_figures_are_their_sources_timings() {
    let find = |id: &str| {
        catalog()
            .speech
            .iter()
            .find(|s| s.id.as_str() == id)
            .unwrap_or_else(|| panic!("no speech figure `{id}`"))
    };
    // insanely-fast-whisper on an A100 80 GB: 150 min (9,000 s) of audio in 1 min 38 s = 98 s
    let w = find("speech-whisper-large-v3-a100-fa2-b24");
    assert!((w.rtf - 98.0 / 9_000.0).abs() < 1e-5, "{}", w.rtf);
    assert_eq!((w.batch, w.precision), (Some(24), Some(Precision::Fp16)));
    // faster-whisper FP16: 9 min 23 s = 563 s; INT8: 8 min 15 s = 495 s
    let fp16 = find("speech-whisper-large-v2-faster-whisper-fp16-a100");
    assert!((fp16.rtf - 563.0 / 9_000.0).abs() < 1e-5);
    let int8 = find("speech-whisper-large-v2-faster-whisper-int8-a100");
    assert!((int8.rtf - 495.0 / 9_000.0).abs() < 1e-9);
    assert!(int8.rtf < fp16.rtf, "8-bit is the faster of the two");
    // SenseVoice on a V100: 67.09 s for 36,108.919 s of audio, published as RTF 0.0019
    let sv = find("speech-sensevoice-small-v100-triton-b16");
    assert!((sv.rtf - 67.09 / 36_108.919).abs() < 5e-5);
    // FunASR's CPU table: 2,806 s for the same audio (RTF 0.0777), "12.9" times real time
    let cpu = find("speech-paraformer-large-cpu-fp32-c1");
    assert!(cpu.gpu.is_none() && cpu.cpu.is_some());
    assert!((cpu.speedup() - 12.9).abs() < 0.05);
    // CosyVoice 2 on an L20 (TTS): RTF 0.0891 alone, 0.0610 with four requests in flight
    let tts: Vec<_> = catalog()
        .speech
        .iter()
        .filter(|s| s.task == SpeechTask::Tts)
        .collect();
    assert_eq!(
        tts.iter().map(|s| s.rtf).collect::<Vec<_>>(),
        vec![0.0891, 0.0610]
    );
    for s in &catalog().speech {
        assert!(
            s.rtf < 1.0,
            "{}: every published figure is faster than real time",
            s.id
        );
    }
}

#[test]
fn benchmarks_span_five_gpus_with_single_stream_decode_figures() {
    let cat = catalog();
    assert!(cat.benchmarks.len() >= 8);
    let gpus: HashSet<&str> = cat.benchmarks.iter().map(|b| b.gpu.as_str()).collect();
    assert!(gpus.len() >= 5, "{gpus:?}");
    for gpu in [
        "nvidia-t4",
        "nvidia-rtx-4090",
        "nvidia-a100-40gb",
        "nvidia-h100-sxm",
    ] {
        assert!(
            cat.benchmarks.iter().any(|b| b.gpu.as_str() == gpu
                && b.is_single_stream()
                && matches!(
                    b.metric,
                    BenchMetric::OutputTokensPerS | BenchMetric::TpotMs
                )),
            "{gpu}: no single-stream decode figure"
        );
    }
    // TensorRT-LLM's table: Llama 3.1 8B FP8 on one H100, 128/128 → 28,312 tok/s
    let trt = cat
        .benchmarks
        .iter()
        .find(|b| b.id.as_str() == "bench-h100-trtllm-llama31-8b-fp8-128-128");
    let trt = trt.expect("the TensorRT-LLM figure");
    assert_eq!(
        (trt.value, trt.concurrency, trt.precision),
        (28_312.0, None, Precision::Fp8)
    );
    // the A100's concurrency-8 figure is the article's 6.6× gain on 75 tok/s: 75 × 6.6 = 495
    let c8 = cat
        .benchmarks
        .iter()
        .find(|b| b.id.as_str() == "bench-a100-40gb-vllm-llama31-8b-bf16-c8");
    assert_eq!(
        c8.map(|b| (b.value, b.confidence)),
        Some((495.0, Confidence::Derived))
    );
}

/// Single-stream decode reads every weight once per token, so it cannot beat memory bandwidth ÷
/// weight bytes. Llama 3 8B at FP16 is 8e9 × 2 = 16e9 bytes: an A100 40 GB (1,555 GB/s) tops
/// out at 1,555e9 ÷ 16e9 = 97.2 tok/s (published: 75), an H100 SXM (3,350 GB/s) at 209.4
/// (published: 1 ÷ 6.48 ms = 154.3). Mistral 7B at 4 bits is 7e9 × 0.5 = 3.5e9 bytes: a T4
/// (320 GB/s) tops out at 91.4 tok/s (published: 33.9, AutoAWQ's Turing fallback kernels), an
/// RTX 4090 (1,008 GB/s) at 288 (published: 156.3, same tool). At FP16 (14e9 bytes) an A10G
/// (600 GB/s) tops out at 42.9 (published: 1 ÷ 38 ms = 26.3, plain Transformers).
#[test]
fn single_stream_figures_stay_under_the_bandwidth_ceiling() {
    let cat = catalog();
    let mut checked = 0;
    for b in cat.benchmarks.iter().filter(|b| b.is_single_stream()) {
        let rate = match b.metric {
            BenchMetric::OutputTokensPerS => b.value,
            BenchMetric::TpotMs => 1_000.0 / b.value,
            BenchMetric::TtftMs => continue,
        };
        let gpu = cat.gpu(b.gpu.as_str()).unwrap();
        let arch = cat.model_arch(b.model.as_str()).unwrap();
        let bytes = arch.parameters_billions.unwrap() * 1e9 * b.precision.bytes_per_weight();
        let ceiling = gpu.memory_bandwidth_gb_s.unwrap() * 1e9 * f64::from(b.gpu_count) / bytes;
        assert!(
            rate < ceiling,
            "{}: {rate} tok/s above the {ceiling} ceiling",
            b.id
        );
        // and no published rate is an order of magnitude short of it (above 25 %)
        assert!(rate > 0.25 * ceiling, "{}: {rate} of {ceiling}", b.id);
        checked += 1;
    }
    assert!(checked >= 5);
    // by hand, the A100's ceiling: 1,555 ÷ 16 = 97.1875 tok/s, and 75 ÷ 97.1875 = 77 %, the
    // share the article itself states ("roughly 77% of the GPU's memory-bandwidth ceiling")
    assert!((75.0_f64 / (1_555.0 / 16.0) - 0.77).abs() < 0.005);
}

#[test]
fn every_record_says_where_it_comes_from() {
    let cat = catalog();
    let sourced = cat
        .owned_servers
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.source.as_str(),
                s.confidence,
                s.note.as_deref(),
            )
        })
        .chain(cat.speech.iter().map(|s| {
            (
                s.id.as_str(),
                s.source.as_str(),
                s.confidence,
                s.note.as_deref(),
            )
        }))
        .chain(cat.benchmarks.iter().map(|b| {
            (
                b.id.as_str(),
                b.source.as_str(),
                b.confidence,
                b.note.as_deref(),
            )
        }))
        .chain(cat.staff.iter().map(|s| {
            (
                s.id.as_str(),
                s.source.as_str(),
                s.confidence,
                s.note.as_deref(),
            )
        }))
        .chain(cat.electricity.iter().map(|e| {
            (
                e.id.as_str(),
                e.source.as_str(),
                e.confidence,
                e.note.as_deref(),
            )
        }))
        .chain(cat.pue.iter().map(|p| {
            (
                p.id.as_str(),
                p.source.as_str(),
                p.confidence,
                p.note.as_deref(),
            )
        }));
    for (id, source, confidence, note) in sourced {
        if confidence == Confidence::Seed {
            assert!(
                source.starts_with("seed "),
                "{id}: a seed figure quotes its seed"
            );
        } else {
            assert!(source.contains("read 2026-12-04"), "{id}: no read date");
        }
        if confidence == Confidence::Derived {
            // a derived figure shows its working
            let note = note.unwrap_or_default();
            assert!(
                note.contains('=') || note.contains('÷'),
                "{id}: derived without working"
            );
        }
    }
}

#[test]
fn the_data_file_carries_every_new_record() {
    let text = data_file::write(&DataSources::embedded());
    for name in [
        "hardware/owned.json",
        "hardware/speech.json",
        "hardware/benchmarks.json",
    ] {
        assert!(text.contains(&format!("[\"{name}\",")), "{name} missing");
    }
    let loaded = data_file::validate(&text).expect("the data file validates");
    let (got, want) = (&loaded.catalog, catalog());
    assert_eq!(got.owned_servers, want.owned_servers);
    assert_eq!(got.electricity, want.electricity);
    assert_eq!(got.pue, want.pue);
    assert_eq!(got.staff, want.staff);
    assert_eq!(got.speech, want.speech);
    assert_eq!(got.benchmarks, want.benchmarks);
    assert!(!want.owned_servers.is_empty() && !want.benchmarks.is_empty());
}
