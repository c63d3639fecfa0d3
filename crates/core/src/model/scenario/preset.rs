//! The workload presets: each reproduces its seed's figures.

use super::{Scenario, DEFAULT_FX_RATE};
use crate::model::vocab::{CurrencyView, PurchaseOption, Region, Workload};
use std::collections::BTreeMap;

impl Scenario {
    /// Defaults of a workload preset: they reproduce its seed. Figures a seed does not give
    /// are our assumptions and are shown as such in the form.
    pub fn preset(workload: Workload) -> Scenario {
        let base = Scenario {
            workload,
            users: 200.0,
            peak_concurrency: 10.0,
            conversation_hours: 100.0,
            turns_per_minute: 4.0,
            input_tokens_per_turn: 500.0,
            output_tokens_per_turn: 150.0,
            cached_input_share: 0.0,
            tts_chars_per_minute: 600.0,
            storage_gb: 50.0,
            db_gb: 10.0,
            egress_gb: 50.0,
            log_gb: 10.0,
            requests: 1_000_000.0,
            gpu_hours_per_day: 24.0,
            spot_share: 0.0,
            latency_target_ms: 2000.0,
            region: Region::Global,
            purchase_option: PurchaseOption::OnDemand,
            currency: CurrencyView::Usd,
            fx_rate: DEFAULT_FX_RATE,
            components: BTreeMap::new(),
            discounts: BTreeMap::new(),
            overrides: BTreeMap::new(),
            staff_time: false,
            gpus_from_model: true,
            engineer_monthly: None,
        };
        match workload {
            // seed 000: "100 小时/月对话"; it names no user count, 200 MAU is ours
            Workload::S000 => base,
            // seed 001: a knowledge base for a small team; COS 50 GB; users in China
            Workload::S001 => Scenario {
                users: 100.0,
                peak_concurrency: 10.0,
                conversation_hours: 0.0,
                storage_gb: 50.0,
                region: Region::China,
                currency: CurrencyView::Cny,
                latency_target_ms: 1000.0,
                ..base
            },
            // seed 002: an MVP recruiting platform with WebRTC interviews, users in China
            Workload::S002 => Scenario {
                users: 500.0,
                peak_concurrency: 20.0,
                conversation_hours: 50.0,
                region: Region::China,
                currency: CurrencyView::Cny,
                latency_target_ms: 1000.0,
                ..base
            },
            // seed 003 §9.1: 1,000 active users, 10-20 concurrent, S3 10 GB, 50 GB traffic
            Workload::S003 => Scenario {
                users: 1000.0,
                peak_concurrency: 20.0,
                conversation_hours: 0.0,
                storage_gb: 10.0,
                egress_gb: 50.0,
                log_gb: 50.0,
                // §9.2: "GPU（按需）g4dn.xlarge (T4) × 8小时/天"
                gpu_hours_per_day: 8.0,
                latency_target_ms: 2000.0,
                ..base
            },
            // seed 004 §2.2: medium deployment, 500 GB storage, 1 TB traffic, users in China
            Workload::S004 => Scenario {
                users: 10_000.0,
                peak_concurrency: 200.0,
                conversation_hours: 0.0,
                storage_gb: 500.0,
                db_gb: 100.0,
                egress_gb: 1000.0,
                latency_target_ms: 200.0,
                region: Region::China,
                ..base
            },
            Workload::Custom => base,
        }
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario::preset(Workload::S000)
    }
}
