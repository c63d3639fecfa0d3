//! The numbers behind a decision: exact break-even points between two plans along a driver,
//! on-demand vs committed prices (months of use, GPU hours a day), the cost levers that apply,
//! and a growth timeline with the month to migrate.
//!
//! Monthly costs are the midpoints of the low–high ranges, in USD (the order of two plans does
//! not depend on the currency: conversion is one constant factor).
//!
//! One file a concern: `axis`, `curve` (cost curves), `break_even`, `break_even_report` (the
//! decide page's anchor against the other plans), `commitments`, `levers`,
//! `growth` (the timeline) and `path` (the seed's migration path against it).

mod axis;
mod break_even;
mod break_even_report;
mod commitments;
mod curve;
mod growth;
mod levers;
mod path;

pub use axis::{Axis, MIN_SPAN};
pub use break_even::{break_even, break_even_plans, BreakEven, CrossKind};
pub use break_even_report::{break_even_report, BreakEvenMark, BreakEvenReport, BreakEvenRow};
pub use commitments::{
    commitments, gpu_hours_break_even, Commitment, GpuHoursBreakEven, COMMITMENTS,
};
pub use curve::{cost_curve, steps, CostCurve, Piece};
pub use growth::{growth, Fit, GrowthInput, Month, PlanMonth, Stay, Timeline};
pub use levers::{levers, Lever, LeverKind, ON_DEMAND_GPU_HOURS};
pub use path::{check_path, PathCheck, PathGap};

use crate::engine::estimate::Estimate;

fn mid_usd(e: &Estimate) -> f64 {
    e.monthly_usd.range().mid()
}
