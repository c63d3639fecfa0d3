//! What is given: the vocabulary (workloads, regions, languages, typed ids), money and ranges,
//! the scenario, and the embedded catalog (prices, perf, plans and their quantities), with the
//! custom prices a visitor adds. `vocab` and `money` are the floor: they import nothing above.

pub mod catalog;
pub mod custom_prices;
pub mod money;
pub mod scenario;
pub mod vocab;
