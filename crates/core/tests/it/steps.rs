//! The data file's validation in steps (deploycalc_core::steps): the web app awaits a timer
//! between the stages so that each is a task of its own on a phone. Driven here by hand with a
//! pause that really suspends once, it stops at each stage and ends with exactly what the
//! validation in one go gives, errors included.

use deploycalc_core::engine::data_file::{self, DataSources};
use deploycalc_core::steps;
use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

/// A pause that suspends once, as the web app's timer does.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

/// Runs `work` to its end; returns its value and how many times it suspended.
fn drive<T>(work: impl Future<Output = T>) -> (T, usize) {
    let mut work = pin!(work);
    let mut cx = Context::from_waker(Waker::noop());
    let mut suspended = 0;
    loop {
        match work.as_mut().poll(&mut cx) {
            Poll::Ready(value) => return (value, suspended),
            Poll::Pending => suspended += 1,
        }
    }
}

fn real() -> String {
    data_file::write(&DataSources::embedded())
}

#[test]
fn the_validation_stops_four_times_and_ends_where_the_one_go_does() {
    let text = real();
    let mut pause = || YieldOnce(false);
    let (stepwise, suspended) = drive(data_file::validate_in_steps(&text, &mut pause));
    // after the file's shape, after the prices, after the hardware and owned machines, after
    // the catalog's last stage
    assert_eq!(suspended, 4);
    let stepwise = stepwise.expect("the real file validates in steps");
    let whole = data_file::validate(&text).expect("and in one go");
    assert_eq!(stepwise.catalog.prices, whole.catalog.prices);
    assert_eq!(stepwise.catalog.instances, whole.catalog.instances);
    assert_eq!(stepwise.catalog.gpus, whole.catalog.gpus);
    assert_eq!(stepwise.catalog.plans.len(), whole.catalog.plans.len());
    assert_eq!(stepwise.rules.len(), whole.rules.len());
    assert_eq!(stepwise.trees.len(), 5);
}

#[test]
fn a_bad_file_gives_the_same_errors_in_steps() {
    // a tree naming a plan that does not exist: found in the last stage, after every pause
    let broken = real().replacen("\"s000-ec2-gpu\"", "\"s000-nowhere\"", 1);
    let mut pause = || YieldOnce(false);
    let (stepwise, suspended) = drive(data_file::validate_in_steps(&broken, &mut pause));
    assert_eq!(suspended, 4);
    let whole = data_file::validate(&broken).expect_err("refused in one go");
    let stepwise = stepwise.expect_err("refused in steps");
    assert!(!whole.is_empty());
    assert_eq!(stepwise, whole);
    // a file that is not JSON at all is refused before the first pause
    let (not_json, suspended) = drive(data_file::validate_in_steps("{", &mut pause));
    assert_eq!(suspended, 0);
    assert!(not_json.is_err());
}

#[test]
#[should_panic(expected = "waited on something other than no_pause")]
fn now_refuses_a_computation_that_really_waits() {
    steps::now(YieldOnce(false));
}
