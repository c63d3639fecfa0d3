//! Long computations in steps. Loading the data file validates ~290 price records and every
//! other catalog file, which on a phone's CPU is one task of ~120 ms: long enough to block the
//! page (issue #14, total blocking time). The loaders are written as futures that await a
//! `pause` between their stages: the web app's pause gives the browser a turn (a timer), so
//! each stage is a task of its own; everyone else passes [`no_pause`] and gets the result at
//! once through [`now`]. The work and its result are the same either way.

use std::future::{ready, Future, Ready};
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// A pause that does not pause: for callers that want the whole computation in one go.
pub fn no_pause() -> Ready<()> {
    ready(())
}

/// Runs a computation whose pauses are all [`no_pause`] to its end.
///
/// # Panics
/// If the computation waits on anything else (a timer, I/O): that is a caller's mistake, and
/// the computation could never finish here.
pub fn now<T>(work: impl Future<Output = T>) -> T {
    let mut cx = Context::from_waker(Waker::noop());
    match pin!(work).poll(&mut cx) {
        Poll::Ready(value) => value,
        Poll::Pending => {
            panic!("steps::now: the computation waited on something other than no_pause")
        }
    }
}
