//! What is given: money and ranges, the scenario, and the embedded catalog (prices, perf,
//! plans and their quantities), with the custom prices a visitor adds.

pub mod catalog;
pub mod custom_prices;
pub mod money;
pub mod scenario;
pub mod vocab;
