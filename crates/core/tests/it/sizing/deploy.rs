//! Demand from the scenario, replicas, whole instances, utilisation, Little's law.

use super::{arch, gpu, near, request, s000, with_peak};
use deploycalc_core::engine::sizing::demand::sequences_in_flight;
use deploycalc_core::engine::sizing::replicas::whole_units;
use deploycalc_core::engine::sizing::{size, Demand, Sizing};
use deploycalc_core::model::catalog::quantity::Driver;
use deploycalc_core::model::vocab::Precision;

#[test]
fn demand_of_seed_000() {
    let s = s000();
    let d = Demand::of(&s);
    // 10 peak conversations × 4 turns a minute ÷ 60 = 0.6667 requests/s; × 500 = 333.3
    // input tokens/s; × 150 = 100 output tokens/s.
    near(d.peak_requests_per_s, 10.0 * 4.0 / 60.0);
    near(d.peak_input_tokens_per_s(), 1000.0 / 3.0);
    near(d.peak_output_tokens_per_s(), 100.0);
    // 100 h × 60 min × 4 turns × 500 tokens = 12,000,000 = 12 M input tokens a month;
    // × 150 = 3.6 M output; the same as the plan lines' drivers.
    near(d.monthly_input_mtokens, 12.0);
    near(d.monthly_output_mtokens, 3.6);
    near(d.monthly_input_mtokens, Driver::LlmInputMtokens.value(&s));
    near(d.monthly_output_mtokens, Driver::LlmOutputMtokens.value(&s));
    near(d.context_tokens(), 650.0);
    // Scaling multiplies rates and volumes, not the tokens a request.
    let d3 = d.scaled(3.0);
    near(d3.peak_output_tokens_per_s(), 300.0);
    near(d3.monthly_input_mtokens, 36.0);
    near(d3.traffic_hours_per_month, 300.0);
    assert_eq!(d3.input_tokens_per_request, 500.0);
    // Little's law: 2 requests/s staying 3 s each = 6 in flight.
    near(sequences_in_flight(2.0, 3.0), 6.0);
}

/// Llama 3 8B INT8 on `gpus` T4s at `peak` conversations.
fn t4_8b(peak: f64, gpus: u32) -> Sizing {
    let req = request(
        arch("llama3-8b"),
        Precision::Int8,
        gpu("nvidia-t4"),
        gpus,
        Some(0.526),
        &with_peak(peak),
    );
    size(&req, &[]).unwrap()
}

// Llama 3 8B INT8 on one T4 (see speed.rs): batch 63, step 0.0569110857 s → 1106.9900
// tokens/s a replica; prefill of 500 tokens 0.246153846 s.
const TPS: f64 = 63.0 / (12_748_083_200.0 / 224e9);
const PREFILL_S: f64 = 8e12 / 32.5e12;

#[test]
fn seed_000_on_one_t4() {
    let s = t4_8b(10.0, 1);
    let d = &s.deployment;
    // Load: 100 tokens/s ÷ 1106.99 = 0.0903351 (decode) + 0.6667 requests/s × 0.246154 s =
    // 0.1641026 (prefill) = 0.2544376 replica-seconds a second. ⌈0.2544 ÷ 0.8⌉ = 1 replica,
    // 1 instance, utilisation 0.2544 ÷ 1.
    let load = 100.0 / TPS + (2.0 / 3.0) * PREFILL_S;
    near(d.load, load);
    assert_eq!(
        (d.replicas, d.replicas_per_instance, d.instances),
        (1, 1, 1)
    );
    near(d.utilisation, load);
    // Operating batch: 63 × the decode share 0.0903351 = 5.6911 sequences; step (8e9 +
    // 5.6911 × 75,366,400) ÷ 224e9 = 0.0376291 s → 37.63 ms a token at the peak.
    let batch = 63.0 * (100.0 / TPS);
    near(d.operating_batch, batch);
    near(s.tpot_ms, (8e9 + batch * 75_366_400.0) / 224e9 * 1e3);
    // In flight: 0.6667 × (0.246154 + 150 × 0.0376291) = 3.927 sequences.
    near(
        d.sequences_in_flight,
        (2.0 / 3.0) * (PREFILL_S + 150.0 * s.tpot_ms / 1e3),
    );
    // Always on at $0.526: 1 × 0.526 × 730 = $383.98 a month (seed 003: "~$380/月").
    near(s.billed_hours, 730.0);
    near(s.monthly_cost.unwrap(), 383.98);
    assert_eq!(s.cold_start_s, None);
}

#[test]
fn no_traffic_still_keeps_one_replica() {
    let s = t4_8b(0.0, 1);
    assert_eq!((s.replicas(), s.instances()), (1, 1));
    assert_eq!(s.utilisation(), 0.0);
    // No load: the operating batch is its floor of 1; one stream steps in 36.05 ms.
    assert_eq!(s.deployment.operating_batch, 1.0);
    near(s.tpot_ms, 8_075_366_400.0 / 224e9 * 1e3);
}

#[test]
fn huge_traffic_needs_many_instances() {
    // 10,000 conversations: load 1000 × 0.2544376 = 254.4376; ÷ 0.8 = 318.05 → 319 replicas
    // on 319 single-T4 instances; utilisation 254.4376 ÷ 319 = 0.7976.
    let s = t4_8b(10_000.0, 1);
    let load = 1000.0 * (100.0 / TPS + (2.0 / 3.0) * PREFILL_S);
    assert_eq!((s.replicas(), s.instances()), (319, 319));
    near(s.utilisation(), load / 319.0);
    // 319 × 0.526 × 730 = $122,489.62.
    near(s.monthly_cost.unwrap(), 319.0 * 0.526 * 730.0);
}

#[test]
fn replicas_pack_into_whole_instances() {
    // Llama 3 8B FP16 on 8 × A100 80 GB (see speed.rs): 9750 tokens/s a one-GPU replica,
    // prefill 500 × 16e9 ÷ 156e12 = 2 ÷ 39 s. At R requests/s: load = 150 R ÷ 9750 + R × 2 ÷
    // 39 = R (1 ÷ 65 + 2 ÷ 39) = R ÷ 15. 1800 conversations × 4 ÷ 60 = 120 requests/s → load
    // 8; ⌈8 ÷ 0.8⌉ = 10 replicas; 8 a box → ⌈10 ÷ 8⌉ = 2 instances; utilisation 8 ÷ 16 = 0.5.
    let a100 = gpu("nvidia-a100-80gb");
    let req = request(
        arch("llama3-8b"),
        Precision::Fp16,
        a100,
        8,
        Some(32.77),
        &with_peak(1800.0),
    );
    let s = size(&req, &[]).unwrap();
    near(s.deployment.load, 8.0);
    assert_eq!((s.replicas(), s.instances()), (10, 2));
    near(s.utilisation(), 0.5);
    // 2 × 32.77 × 730 = 47,844.2.
    near(s.monthly_cost.unwrap(), 47_844.2);
}

#[test]
fn more_traffic_never_fewer_replicas_or_instances() {
    let mut last = (0, 0);
    for i in 0..200 {
        let peak = f64::from(i) * 37.0;
        let s = t4_8b(peak, 4);
        let now = (s.replicas(), s.instances());
        assert!(
            now.0 >= last.0 && now.1 >= last.1,
            "{peak}: {now:?} < {last:?}"
        );
        assert!(
            s.utilisation() <= s.headroom + 1e-12,
            "{peak}: over headroom"
        );
        last = now;
    }
    assert!(last.1 > 1, "the sweep never left one instance");
}

#[test]
fn whole_units_ignores_float_noise() {
    assert_eq!(whole_units(2.0 + 1e-13), 2);
    assert_eq!(whole_units(2.01), 3);
    assert_eq!(whole_units(0.0), 0);
}
