//! The panel's numbers in USD: the sizing, its monthly cost (cloud: instances × hourly ×
//! hours; owned: depreciation + power × hours × PUE × kWh price + maintenance), the API at
//! the same traffic and the break-even. The view converts to CNY at the scenario's rate.

use super::resolve::{Hardware, Resolved};
use crate::engine::sizing::{
    break_even, owned_monthly, size, ApiPrice, BreakEven, Demand, InstanceShape, LatencyTarget,
    OwnedInputs, OwnedMonthly, Sizing, SizingError, SizingRequest,
};
use crate::model::catalog::{Catalog, ElectricityPrice, Facility, Market, PriceRecord, PueRecord};
use crate::model::money::{Currency, Fx, Range};
use crate::model::scenario::Scenario;

/// Whole-system draw from which an owned server is taken to stand in a data center rather
/// than under a desk (a workstation draws well under 2 kW; an 8-GPU server 6–10 kW).
pub const DATACENTER_FROM_W: f64 = 2000.0;

/// The running-cost records an owned server is costed with.
#[derive(Clone, Copy, Debug)]
pub struct OwnedRecords<'a> {
    pub electricity: &'a ElectricityPrice,
    pub pue: &'a PueRecord,
}

/// Owned cost a month, low and high (from the ranges of the kWh price and PUE), USD.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OwnedCost {
    pub low: OwnedMonthly,
    pub high: OwnedMonthly,
    /// `false` when the server's maintenance share is unknown: maintenance is then counted
    /// as 0 and shown as unknown, and the total is a lower bound.
    pub maintenance_known: bool,
}

/// Everything the panel computes, in USD.
#[derive(Clone, Debug)]
pub struct Computed<'a> {
    pub sizing: Result<Sizing, SizingError>,
    /// Hourly price of one instance, USD (`None`: unknown or owned).
    pub hourly: Option<Range<f64>>,
    /// Monthly cost of the deployment, USD (`None`: a price is unknown).
    pub monthly: Option<Range<f64>>,
    /// The monthly cost leaves out a figure nobody knows (an owned server's maintenance).
    pub monthly_at_least: bool,
    pub owned: Option<(OwnedRecords<'a>, Option<OwnedCost>)>,
    pub api: Option<(&'a PriceRecord, &'a PriceRecord)>,
    /// The API at the sized traffic, USD a month.
    pub api_monthly: Option<f64>,
    /// Break-even at the low and the high hourly cost (`None` inside: they do not cross).
    pub break_even: Option<(Option<BreakEven>, Option<BreakEven>)>,
}

/// USD per unit of a price record (its low and high), at `fx`.
pub fn usd(p: &PriceRecord, fx: Fx) -> Option<Range<f64>> {
    let r = p.price?.range();
    let c = |x| fx.convert(x, p.currency, Currency::Usd);
    Some(Range::new(c(r.low), c(r.high)))
}

/// The demand of `s` with the context set to `context` tokens (input and output scaled in
/// proportion, as the engine's shorter-context suggestion does).
pub fn demand(s: &Scenario, context: f64) -> Demand {
    let d = Demand::of(s);
    let k = context / d.context_tokens();
    Demand {
        input_tokens_per_request: d.input_tokens_per_request * k,
        output_tokens_per_request: d.output_tokens_per_request * k,
        ..d
    }
}

/// The electricity price (first of the region's market) and PUE (desk below
/// [`DATACENTER_FROM_W`], else the data-center average) an owned server is costed with.
pub fn owned_records<'a>(
    c: &'a Catalog,
    s: &Scenario,
    power_w: Option<f64>,
) -> Option<OwnedRecords<'a>> {
    let market = Market::of(s.region);
    let facility = if power_w.unwrap_or(0.0) >= DATACENTER_FROM_W {
        Facility::Datacenter
    } else {
        Facility::Desk
    };
    Some(OwnedRecords {
        electricity: c.electricity_in(market).next()?,
        pue: c.pue.iter().find(|p| p.facility == facility)?,
    })
}

fn owned_cost(
    r: &Resolved,
    rec: OwnedRecords,
    fx: Fx,
    servers: u64,
    hours: f64,
) -> Option<OwnedCost> {
    let Hardware::Owned(server, _) = r.hardware else {
        return None;
    };
    let to_usd = |x: f64, cur| fx.convert(x, cur, Currency::Usd);
    let kwh = rec.electricity.price_per_kwh;
    let one = |pue: Option<f64>, kwh_price: Option<f64>| {
        let o = OwnedInputs {
            purchase: server.purchase_price.map(|p| to_usd(p, server.currency)),
            lifetime_years: server.lifetime_years,
            power_w: server.power_w,
            pue,
            price_per_kwh: kwh_price.map(|k| to_usd(k, rec.electricity.currency)),
            maintenance_share_per_year: server.maintenance_per_year_share.or(Some(0.0)),
        };
        let mut m = owned_monthly(&o, servers, hours).ok()?;
        if server.already_owned {
            // bought already: the purchase is sunk, no depreciation (power still counts)
            m.total -= m.depreciation * servers as f64;
            m.depreciation = 0.0;
        }
        Some(m)
    };
    Some(OwnedCost {
        low: one(rec.pue.pue.low(), kwh.low())?,
        high: one(rec.pue.pue.high(), kwh.high())?,
        maintenance_known: server.maintenance_per_year_share.is_some(),
    })
}

/// Computes everything for `r` under `s`.
pub fn compute<'a>(c: &'a Catalog, s: &Scenario, r: &Resolved<'a>) -> Computed<'a> {
    let fx = Fx::new(s.fx_rate);
    let hourly = match r.hardware {
        Hardware::Instance(_, _, p) => usd(p, fx),
        Hardware::Owned(..) => None,
    };
    let req = SizingRequest {
        arch: r.arch,
        precision: r.precision,
        shape: InstanceShape {
            gpu: r.hardware.gpu(),
            gpus: r.hardware.gpus(),
            hourly: hourly.map(|h| h.low),
        },
        demand: demand(s, r.context),
        latency: LatencyTarget {
            first_token_ms: r.first_token_ms,
            per_token_ms: r.per_token_ms,
        },
        headroom: r.headroom,
        billing: r.billing,
    };
    let sizing = size(&req, &c.gpus);
    let api = c
        .price_by_str(&format!("{}-input", r.api))
        .zip(c.price_by_str(&format!("{}-output", r.api)));
    let api_price = api.and_then(|(i, o)| {
        Some(ApiPrice {
            input_per_mtok: usd(i, fx)?.low,
            output_per_mtok: usd(o, fx)?.low,
        })
    });
    let owned = match r.hardware {
        Hardware::Owned(server, _) => owned_records(c, s, server.power_w).map(|rec| {
            let cost = sizing
                .as_ref()
                .ok()
                .and_then(|z| owned_cost(r, rec, fx, z.instances(), z.billed_hours));
            (rec, cost)
        }),
        Hardware::Instance(..) => None,
    };
    let Ok(z) = &sizing else {
        return Computed {
            sizing,
            hourly,
            monthly: None,
            monthly_at_least: false,
            owned,
            api,
            api_monthly: None,
            break_even: None,
        };
    };
    let d = z.demand;
    let api_monthly = api_price.map(|a| {
        d.monthly_input_mtokens * a.input_per_mtok + d.monthly_output_mtokens * a.output_per_mtok
    });
    // What one instance (server) costs an hour billed, low and high.
    let per_hour = match (hourly, owned.and_then(|o| o.1)) {
        (Some(h), _) => Some(h),
        (None, Some(o)) if z.billed_hours > 0.0 && z.instances() > 0 => {
            let n = z.instances() as f64 * z.billed_hours;
            Some(Range::new(o.low.total / n, o.high.total / n))
        }
        _ => None,
    };
    let monthly = per_hour.map(|h| h.scale(z.instances() as f64 * z.billed_hours));
    let break_even = per_hour.zip(api_price).and_then(|(h, a)| {
        let at = |hourly| {
            let z = Sizing {
                hourly: Some(hourly),
                ..*z
            };
            break_even(&z, a, 0.0).ok()
        };
        Some((at(h.low)?, at(h.high)?))
    });
    Computed {
        sizing,
        hourly,
        monthly,
        monthly_at_least: owned
            .and_then(|o| o.1)
            .is_some_and(|o| !o.maintenance_known),
        owned,
        api,
        api_monthly,
        break_even,
    }
}
