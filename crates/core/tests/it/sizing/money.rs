//! Billing, cold start, owned hardware, staff time and the break-even against an API.

use super::{about, arch, gpu, near, request, s000, with_peak};
use deploycalc_core::engine::sizing::{
    break_even, cold_start_s, owned_monthly, size, staff_monthly, ApiPrice, Billing, Demand,
    OwnedInputs, Sizing, SizingError, StaffInputs,
};
use deploycalc_core::model::vocab::Precision;

#[test]
fn billed_hours_per_billing() {
    let d = Demand::of(&s000());
    assert_eq!(Billing::AlwaysOn.billed_hours(&d), 730.0);
    // 8 h a day (seed 003): 730 × 8 ÷ 24 = 243.33 h.
    near(
        Billing::ActiveHours(8.0).billed_hours(&d),
        730.0 * 8.0 / 24.0,
    );
    // Scale to zero: the 100 traffic hours; 10 × as much traffic is capped at 730.
    assert_eq!(Billing::ScaleToZero.billed_hours(&d), 100.0);
    assert_eq!(Billing::ScaleToZero.billed_hours(&d.scaled(10.0)), 730.0);
    // The scenario's GPU hours a day choose the billing.
    let mut s = s000();
    assert_eq!(Billing::of(&s), Billing::AlwaysOn);
    s.gpu_hours_per_day = 8.0;
    assert_eq!(Billing::of(&s), Billing::ActiveHours(8.0));
}

fn t4_8b_billed(billing: Billing, hourly: Option<f64>) -> Result<Sizing, SizingError> {
    let t4 = gpu("nvidia-t4");
    let mut req = request(arch("llama3-8b"), Precision::Int8, t4, 1, hourly, &s000());
    req.billing = billing;
    size(&req, &[])
}

#[test]
fn scale_to_zero_states_its_cold_start() {
    // 8 GB of INT8 weights ÷ 1 GB/s + 5 s container start = 13 s.
    near(cold_start_s(8.0), 13.0);
    let s = t4_8b_billed(Billing::ScaleToZero, Some(0.526)).unwrap();
    assert_eq!(s.cold_start_s, Some(13.0));
    // 1 instance × $0.526 × 100 h = $52.60.
    near(s.monthly_cost.unwrap(), 52.6);
    // 8 h a day: 0.526 × 243.33 = $127.99.
    let s = t4_8b_billed(Billing::ActiveHours(8.0), Some(0.526)).unwrap();
    near(s.monthly_cost.unwrap(), 0.526 * 730.0 * 8.0 / 24.0);
    assert_eq!(s.cold_start_s, None);
}

#[test]
fn an_unknown_hourly_price_is_an_unknown_cost_not_zero() {
    let s = t4_8b_billed(Billing::AlwaysOn, None).unwrap();
    assert_eq!(s.monthly_cost, None);
    let api = ApiPrice {
        input_per_mtok: 1.0,
        output_per_mtok: 1.0,
    };
    assert_eq!(
        break_even(&s, api, 0.0),
        Err(SizingError::MissingFigure {
            record: "instance".into(),
            figure: "hourly",
            suggest: Default::default(),
        })
    );
    let e = t4_8b_billed(Billing::ActiveHours(25.0), None);
    assert!(matches!(
        e,
        Err(SizingError::InvalidInput {
            field: "active_hours_per_day",
            ..
        })
    ));
}

fn owned() -> OwnedInputs {
    OwnedInputs {
        purchase: Some(10_000.0),
        lifetime_years: Some(3.0),
        power_w: Some(500.0),
        pue: Some(1.5),
        price_per_kwh: Some(0.10),
        maintenance_share_per_year: Some(0.10),
    }
}

#[test]
fn owned_servers_itemised() {
    let o = owned_monthly(&owned(), 2, 730.0).unwrap();
    // Depreciation 10,000 ÷ (3 × 12) = 277.78; power 500 W ÷ 1000 × 730 h × 1.5 × $0.10 =
    // 54.75; maintenance 0.10 × 10,000 ÷ 12 = 83.33; two servers: 2 × 415.86 = 831.72.
    near(o.depreciation, 10_000.0 / 36.0);
    near(o.power, 54.75);
    near(o.maintenance, 1000.0 / 12.0);
    near(o.total, 2.0 * (10_000.0 / 36.0 + 54.75 + 1000.0 / 12.0));
    // Half the hours, half the power bill: 27.375.
    near(owned_monthly(&owned(), 1, 365.0).unwrap().power, 27.375);
    let missing = OwnedInputs {
        pue: None,
        ..owned()
    };
    assert_eq!(
        owned_monthly(&missing, 1, 730.0),
        Err(SizingError::MissingFigure {
            record: "owned".into(),
            figure: "pue",
            suggest: Default::default(),
        })
    );
    let below_one = OwnedInputs {
        pue: Some(0.9),
        ..owned()
    };
    assert!(matches!(
        owned_monthly(&below_one, 1, 730.0),
        Err(SizingError::InvalidInput { field: "pue", .. })
    ));
}

#[test]
fn staff_time() {
    // 10 % of an engineer at 15,000 a month = 1,500.
    let s = StaffInputs {
        ops_fraction: 0.1,
        loaded_monthly: Some(15_000.0),
    };
    near(staff_monthly(&s).unwrap(), 1500.0);
    let unknown = StaffInputs {
        loaded_monthly: None,
        ..s
    };
    assert!(matches!(
        staff_monthly(&unknown),
        Err(SizingError::MissingFigure {
            figure: "loaded_monthly",
            ..
        })
    ));
}

/// Llama 3 8B INT8 on one T4 at $0.526, seed 000's peak, `hours` conversation hours.
fn t4_with_hours(hours: f64, billing: Billing) -> Sizing {
    let mut s = with_peak(10.0);
    s.conversation_hours = hours;
    let t4 = gpu("nvidia-t4");
    let mut req = request(arch("llama3-8b"), Precision::Int8, t4, 1, Some(0.526), &s);
    req.billing = billing;
    size(&req, &[]).unwrap()
}

// Load at seed 000's peak (deploy.rs): 0.2544376 replica-seconds a second; one instance
// holds 0.8 ÷ 0.2544376 = 3.1441891 × that traffic. One instance always on: 0.526 × 730 =
// $383.98 a month.
const LOAD: f64 = 0.254_437_620_791_906_5;

const CHEAP: ApiPrice = ApiPrice {
    input_per_mtok: 0.15,
    output_per_mtok: 0.60,
};

#[test]
fn break_even_within_the_first_instance() {
    // 10 conversations all month: 7300 h × 60 × 4 × 500 = 876 M input, × 150 = 262.8 M
    // output tokens. API at $0.15 / $0.60: 876 × 0.15 + 262.8 × 0.60 = 131.4 + 157.68 =
    // $289.08 at k = 1. It reaches $383.98 at k = 383.98 ÷ 289.08 = 1.328283 (≤ 3.144, one
    // instance), where utilisation is 0.2544376 × 1.328283 = 0.33797.
    let s = t4_with_hours(7300.0, Billing::AlwaysOn);
    let b = break_even(&s, CHEAP, 0.0).unwrap().expect("they cross");
    near(b.multiplier, 383.98 / 289.08);
    assert_eq!(b.instances, 1);
    near(b.api_monthly, 383.98);
    near(b.gpu_monthly, 383.98);
    near(b.monthly_input_mtokens, 876.0 * 383.98 / 289.08);
    about(b.utilisation, 0.337_965, 1e-5);
}

#[test]
fn break_even_with_staff_lands_at_three_instances() {
    // + $1,500 staff a month. m instances cover k ≤ 3.1441891 m; in segment m the API
    // reaches (m × 383.98 + 1500) at k = (m × 383.98 + 1500) ÷ 289.08:
    // m = 1: 6.517 > 3.144; m = 2: 7.845 > 6.288; m = 3: 9.173724 ≤ 9.433 → k = 9.173724,
    // 3 instances, utilisation 0.2544376 × 9.173724 ÷ 3 = 0.778047.
    let s = t4_with_hours(7300.0, Billing::AlwaysOn);
    let b = break_even(&s, CHEAP, 1500.0).unwrap().expect("they cross");
    near(b.multiplier, (3.0 * 383.98 + 1500.0) / 289.08);
    assert_eq!(b.instances, 3);
    near(b.gpu_monthly, 3.0 * 383.98 + 1500.0);
    near(b.utilisation, LOAD * b.multiplier / 3.0);
    about(b.utilisation, 0.778_047, 1e-5);
}

#[test]
fn a_cheap_api_never_meets_a_peak_sized_gpu() {
    // Seed 000 as is (100 h a month): API 12 × 0.15 + 3.6 × 0.60 = $3.96 at k = 1. A full
    // instance serves k = 3.144 → $12.45 of API, far below its $383.98: they never cross.
    let s = t4_with_hours(100.0, Billing::AlwaysOn);
    assert_eq!(break_even(&s, CHEAP, 0.0), Ok(None));
    // A free API never crosses either.
    let free = ApiPrice {
        input_per_mtok: 0.0,
        output_per_mtok: 0.0,
    };
    assert_eq!(break_even(&s, free, 0.0), Ok(None));
}

#[test]
fn break_even_under_scale_to_zero() {
    // Billed hours grow with k: GPU = 0.526 × 100 k = 52.6 k (until 730 h at k = 7.3).
    // API at $5 / $15: 12 × 5 + 3.6 × 15 = $114 k. Dearer than the GPU from the start: k = 0.
    let s = t4_with_hours(100.0, Billing::ScaleToZero);
    let dear = ApiPrice {
        input_per_mtok: 5.0,
        output_per_mtok: 15.0,
    };
    let b = break_even(&s, dear, 0.0).unwrap().expect("crosses");
    assert_eq!((b.multiplier, b.instances), (0.0, 1));
    // With $100 fixed: 114 k = 52.6 k + 100 → k = 100 ÷ 61.4 = 1.628664.
    let b = break_even(&s, dear, 100.0).unwrap().expect("crosses");
    near(b.multiplier, 100.0 / 61.4);
    near(b.gpu_monthly, 52.6 * 100.0 / 61.4 + 100.0);
    // The cheap API ($3.96 k) stays below 52.6 k, and past k = 7.3 below 383.98 × instances.
    assert_eq!(break_even(&s, CHEAP, 0.0), Ok(None));
}

#[test]
fn break_even_with_no_load_at_the_peak() {
    // No peak conversations but 7300 h a month (the monthly tokens come from the hours): one
    // instance covers any traffic, so the API ($289.08 k) reaches $383.98 at k = 1.328283,
    // with the GPU idle at the peak (utilisation 0).
    let mut s = with_peak(0.0);
    s.conversation_hours = 7300.0;
    let t4 = gpu("nvidia-t4");
    let req = request(arch("llama3-8b"), Precision::Int8, t4, 1, Some(0.526), &s);
    let sizing = size(&req, &[]).unwrap();
    let b = break_even(&sizing, CHEAP, 0.0).unwrap().expect("crosses");
    near(b.multiplier, 383.98 / 289.08);
    assert_eq!((b.instances, b.utilisation), (1, 0.0));
    // Scale-to-zero: 0.526 × 7300 k h (730 from k = 0.1) against 289.08 k: the API is
    // cheaper while the hours grow (289.08 < 3839.8) and reaches 383.98 at k = 1.328283.
    let mut req = req;
    req.billing = Billing::ScaleToZero;
    let sizing = size(&req, &[]).unwrap();
    let b = break_even(&sizing, CHEAP, 0.0).unwrap().expect("crosses");
    near(b.multiplier, 383.98 / 289.08);
}
