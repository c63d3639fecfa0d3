//! An owned server: depreciation + power × hours × PUE × kWh price + maintenance, itemised,
//! with the electricity and PUE records chosen by region shown and sourced.

use super::en;
use deploycalc_core::model::vocab::Workload;
use deploycalc_core::report::text::SizingRow;
use deploycalc_core::url::SizingParams;

fn rtx4090() -> SizingParams {
    SizingParams {
        hardware: Some("owned-ws-rtx4090".into()),
        ..Default::default()
    }
}

#[test]
fn a_workstation_is_costed_item_by_item() {
    let v = en(Workload::S000, &rtx4090());
    assert!(v.problem.is_none(), "{:?}", v.problem);
    assert_eq!(v.row(SizingRow::Instances), Some("1"));
    // $3,198 ÷ (5 years × 12) = $53.30; × 6.7686 = ¥360.77
    assert_eq!(v.row(SizingRow::Depreciation), Some("$53.30 · ¥360.77"));
    // 600 W ÷ 1000 × 730 h × PUE 1.0 (desk, under 2 kW) × $0.104–$0.2008 (US commercial)
    // = 438 kWh × … = $45.55–$87.95; × 6.7686 = ¥308.32–¥595.30
    assert_eq!(
        v.row(SizingRow::Power),
        Some("$45.55–$87.95 · ¥308.32–¥595.30")
    );
    // no source gives its maintenance share: unknown, and the total is a lower bound
    assert_eq!(v.row(SizingRow::Maintenance), Some("unknown"));
    // 53.30 + 45.552 = $98.85; 53.30 + 87.9504 = $141.25; × 6.7686 = ¥669.09–¥956.07
    assert_eq!(
        v.row(SizingRow::MonthlyCost),
        Some("at least $98.85–$141.25 · ¥669.09–¥956.07")
    );
    let ids: Vec<&str> = v.sources.iter().map(|s| s.id.as_str()).collect();
    assert!(ids.contains(&"elec-us-commercial-2024"), "{ids:?}");
    assert!(ids.contains(&"pue-desk"), "{ids:?}");
    assert!(ids.contains(&"owned-ws-rtx4090"), "{ids:?}");
}

#[test]
fn in_china_the_electricity_is_chinas() {
    let v = en(Workload::S001, &rtx4090());
    let ids: Vec<&str> = v.sources.iter().map(|s| s.id.as_str()).collect();
    assert!(ids.contains(&"elec-cn-business"), "{ids:?}");
}
